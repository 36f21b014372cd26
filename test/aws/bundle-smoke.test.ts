import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { APIGatewayProxyResult, SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildHandlers } from '../../infra/build-handlers.js';
import { httpEvent, lambdaContext, sqsRecord } from './lambda-fixtures.js';

/** The environment the CDK stack gives the functions (see infra/stateless-stack.ts). */
const LAMBDA_ENV = {
  AWS_REGION: 'cn-north-1',
  TABLE_NAME: 'DabiaoStateful-Table',
  AUTH_MODE: 'cognito',
  COGNITO_USER_POOL_ID: 'cn-north-1_Example1',
  COGNITO_CLIENT_ID: 'client-id',
  EVIDENCE_BUCKET: 'evidence-bucket',
  SCORING_QUEUE_URL: 'https://sqs.cn-north-1.amazonaws.com.cn/123456789012/Scoring.fifo',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
};

type Handler<E, R> = { handler: (event: E, context: ReturnType<typeof lambdaContext>) => Promise<R> };

/**
 * Builds the deployable bundles and runs them as Lambda would: ESM, with only the environment.
 * Catches what type checks cannot: a CommonJS dependency that breaks in the ESM bundle, module
 * scope that needs the network, a config variable the stack forgot.
 */
describe('deployable bundles', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'dabiao-bundles-'));
  const root = fileURLToPath(new URL('../..', import.meta.url));

  beforeAll(async () => {
    for (const [name, value] of Object.entries(LAMBDA_ENV)) vi.stubEnv(name, value);
    await buildHandlers(root, outdir);
  }, 180000);
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(outdir, { recursive: true, force: true });
  });

  it('the API bundle starts and answers /api/health through API Gateway payload 2.0', async () => {
    const { handler } = (await import(pathToFileURL(`${outdir}/api/index.mjs`).href)) as Handler<unknown, APIGatewayProxyResult>;
    const response = await handler(httpEvent('GET', '/api/health'), lambdaContext('api'));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ status: 'ok' });
  });

  it('the API bundle serves the docs page and its Swagger UI files itself, without a CDN', async () => {
    const { handler } = (await import(pathToFileURL(`${outdir}/api/index.mjs`).href)) as Handler<unknown, APIGatewayProxyResult>;
    const page = await handler(httpEvent('GET', '/api/docs'), lambdaContext('api'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/api/docs/assets/swagger-ui-dist/swagger-ui-bundle.js');
    expect(page.body).not.toContain('cdn.jsdelivr.net');
    const script = await handler(httpEvent('GET', '/api/docs/assets/swagger-ui-dist/swagger-ui-bundle.js'), lambdaContext('api'));
    expect(script.statusCode).toBe(200);
    expect(script.headers?.['content-type']).toContain('javascript');
  });

  it('the API bundle refuses a request without a token with a JSON 401', async () => {
    const { handler } = (await import(pathToFileURL(`${outdir}/api/index.mjs`).href)) as Handler<unknown, APIGatewayProxyResult>;
    const response = await handler(httpEvent('GET', '/api/submissions/any-id'), lambdaContext('api'));
    expect(response.statusCode).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('the sweep bundle loads with the stack environment (its module scope needs no network)', async () => {
    const { handler } = (await import(pathToFileURL(`${outdir}/sweep/index.mjs`).href)) as Handler<unknown, unknown>;
    expect(typeof handler).toBe('function');
  });

  it('the scorer bundle starts and hands back a malformed message for retry', async () => {
    const { handler } = (await import(pathToFileURL(`${outdir}/scorer/index.mjs`).href)) as Handler<unknown, SQSBatchResponse>;
    const result = await handler({ Records: [sqsRecord('bad-1', 'not json')] }, lambdaContext('scorer'));
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad-1' }] });
  });
});
