import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { readFile } from 'node:fs/promises';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { createRepositories } from '../../functions/adapters/dynamodb/create-repositories.js';
import { ensureTable } from '../../functions/adapters/dynamodb/ensure-table.js';
import { createDefaultEngine } from '../../functions/adapters/engine/default-engine.js';
import { CognitoTokenVerifier } from '../../functions/adapters/jwt/cognito-token-verifier.js';
import { createApp } from '../../functions/api/app.js';
import { loadConfig } from '../../functions/config.js';
import { systemClock } from '../../functions/domain/ports/clock.js';
import { createApiDeps } from '../../functions/handlers/api-deps.js';
import { createApiHandler } from '../../functions/handlers/api-handler.js';
import { createScorerHandler } from '../../functions/handlers/scorer-handler.js';
import { startDynalite, type RunningDynalite } from '../../functions/local/start-dynalite.js';
import { createScoreSubmission } from '../../functions/scoring-worker/score-submission.js';
import { httpEvent, lambdaContext, sqsRecord } from './lambda-fixtures.js';

/**
 * The AWS path end to end, with dynalite for DynamoDB, a fake SQS and a local key set for
 * Cognito: API Lambda → SQS message → scorer Lambda → result through the API Lambda again.
 */
const POOL = 'ap-east-1_TestPool';
const CLIENT = 'web-client';
const QUEUE_URL = 'https://sqs.ap-east-1.amazonaws.com/123456789012/DabiaoStateless-ScoringQueue.fifo';
const sqs = mockClient(SQSClient);
const quiet = () => ({
  logger: new Logger({ serviceName: 'pipeline-test', logLevel: 'SILENT' }),
  metrics: new Metrics({ namespace: 'DabiaoTest', serviceName: 'pipeline-test' }),
});

let dynamo: RunningDynalite;
let api: ReturnType<typeof createApiHandler>;
let scorer: ReturnType<typeof createScorerHandler>;
let token: (sub: string, groups: string[], institutionId?: string) => Promise<string>;

beforeAll(async () => {
  dynamo = await startDynalite();
  const config = loadConfig({
    AWS_REGION: 'ap-east-1',
    TABLE_NAME: 'dabiao-pipeline',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AUTH_MODE: 'cognito',
    COGNITO_USER_POOL_ID: POOL,
    COGNITO_CLIENT_ID: CLIENT,
    EVIDENCE_BUCKET: 'evidence',
    SCORING_QUEUE_URL: QUEUE_URL,
  });
  const client = createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: 2 });
  await ensureTable(client, config.tableName);

  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const keySet = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k', alg: 'RS256' }] });
  token = (sub, groups, institutionId) =>
    new SignJWT({ token_use: 'id', 'cognito:username': sub, 'cognito:groups': groups, ...(institutionId ? { 'custom:institutionId': institutionId } : {}) })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer(`https://cognito-idp.ap-east-1.amazonaws.com/${POOL}`)
      .setAudience(CLIENT)
      .setSubject(sub)
      .setExpirationTime('10m')
      .sign(privateKey);

  // Exactly the Lambda wiring, except that the key set is local instead of fetched from Cognito.
  const deps = { ...createApiDeps(config), verifier: new CognitoTokenVerifier({ region: config.region, userPoolId: POOL, clientId: CLIENT }, keySet) };
  api = createApiHandler(createApp(deps));
  const repos = createRepositories(createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: 2 }), config.tableName);
  scorer = createScorerHandler(createScoreSubmission({ repos, engine: createDefaultEngine(), clock: systemClock }), quiet());
}, 30000);
afterAll(async () => {
  sqs.restore();
  await dynamo?.close();
});

async function call(method: string, path: string, as: string, body?: unknown) {
  const event = httpEvent(method, path, {
    headers: { authorization: `Bearer ${as}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = (await api(event, lambdaContext('api'))) as APIGatewayProxyResult;
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
}

/** Publishes the fixture checklist and creates a region, two institutions and an open round. */
async function seed() {
  const admin = await token('u-admin', ['admin']);
  const definition = JSON.parse(await readFile(new URL('../integration/fixtures/mini-checklist.json', import.meta.url), 'utf8'));
  expect((await call('POST', '/api/checklists', admin, definition)).status).toBe(201);
  expect((await call('POST', '/api/regions', admin, { id: 'reg', name: { zh: '测试市' }, level: 'city' })).status).toBe(201);
  for (const id of ['inst-a', 'inst-b']) {
    const institution = { id, name: { zh: `医院${id}` }, regionId: 'reg', context: { institutionType: 'general' } };
    expect((await call('POST', '/api/institutions', admin, institution)).status).toBe(201);
  }
  const round = { id: 'r1', name: { zh: '轮次' }, checklistId: 'it-mini', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-a', 'inst-b'], expertIds: [] };
  expect((await call('POST', '/api/rounds', admin, round)).status).toBe(201);
}

/** Drafts, fills and submits a self-evaluation as the institution's user; returns its id. */
async function submitSelfEvaluation(institutionId: string, inst: string): Promise<{ id: string; status: number; body: { error?: { code: string } } }> {
  const draft = await call('POST', '/api/submissions', inst, { roundId: 'r1', institutionId, kind: 'self' });
  expect(draft.status).toBe(201);
  const saved = await call('PUT', `/api/submissions/${draft.body.id}`, inst, { version: draft.body.version, answers: { beds: 12, hasIcu: true } });
  expect(saved.status).toBe(200);
  const submitted = await call('POST', `/api/submissions/${draft.body.id}/submit`, inst, { version: saved.body.version });
  return { id: draft.body.id, status: submitted.status, body: submitted.body };
}

const lastMessage = () => sqs.commandCalls(SendMessageCommand).at(-1)!.args[0].input;
const recordOf = (message: ReturnType<typeof lastMessage>, id: string) => sqsRecord(id, message.MessageBody, message.MessageGroupId);

describe('API Lambda → SQS → scorer Lambda', () => {
  beforeAll(seed);

  it('scores a submitted self-evaluation once, however often the message is delivered', async () => {
    const inst = await token('u-inst', ['institution'], 'inst-a');
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
    const submitted = await submitSelfEvaluation('inst-a', inst);
    expect(submitted.status).toBe(202);
    expect((await call('GET', `/api/submissions/${submitted.id}/result`, inst)).status).toBe(409);

    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(1);
    const message = lastMessage();
    expect(message).toMatchObject({ QueueUrl: QUEUE_URL, MessageGroupId: submitted.id, MessageDeduplicationId: `${submitted.id}#1` });

    // SQS delivers at least once: the same message twice in one batch, and once more later.
    expect(await scorer({ Records: [recordOf(message, 'd1'), recordOf(message, 'd2')] }, lambdaContext('scorer'))).toEqual({ batchItemFailures: [] });
    expect(await scorer({ Records: [recordOf(message, 'd3')] }, lambdaContext('scorer'))).toEqual({ batchItemFailures: [] });

    const result = await call('GET', `/api/submissions/${submitted.id}/result`, inst);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ checklist: { id: 'it-mini', version: 1 }, total: 100 });
    const stored = await call('GET', `/api/submissions/${submitted.id}`, inst);
    expect(stored.body).toMatchObject({ status: 'scored', revision: 1 });
    expect(stored.body.audit.filter((entry: { action: string }) => entry.action === 'score')).toHaveLength(1);
  });

  it('when SQS or the scorer fails, the submission stays submitted and submitting again or an administrator re-scores it', async () => {
    const inst = await token('u-inst-b', ['institution'], 'inst-b');
    const admin = await token('u-admin', ['admin']);
    sqs.on(SendMessageCommand).rejects(Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' }));
    const submitted = await submitSelfEvaluation('inst-b', inst);
    expect(submitted.status).toBe(503);
    expect(submitted.body).toMatchObject({ error: { code: 'scoring-delayed', details: { status: 'submitted', revision: 1 } } });
    const afterOutage = await call('GET', `/api/submissions/${submitted.id}`, admin);
    expect(afterOutage.body).toMatchObject({ status: 'submitted', revision: 1, answers: { beds: 12, hasIcu: true } });

    // The institution simply submits again: still failing, nothing changes and nothing is lost.
    const again = await call('POST', `/api/submissions/${submitted.id}/submit`, inst, { version: afterOutage.body.version });
    expect(again.status).toBe(503);
    expect((await call('GET', `/api/submissions/${submitted.id}`, admin)).body).toMatchObject({ version: afterOutage.body.version, status: 'submitted' });

    // SQS is back; the re-score is enqueued, and a scorer that crashes leaves nothing half-written.
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-2' });
    const retried = await call('POST', `/api/submissions/${submitted.id}/submit`, inst, { version: afterOutage.body.version });
    expect(retried.status).toBe(202);
    expect(JSON.parse(lastMessage().MessageBody!)).toMatchObject({ submissionId: submitted.id, revision: 1, reason: 'submitted' });
    expect((await call('POST', `/api/submissions/${submitted.id}/rescore`, admin, { version: afterOutage.body.version })).status).toBe(202);
    const message = lastMessage();
    const broken = createScorerHandler(async () => Promise.reject(new Error('DynamoDB unavailable')), quiet());
    expect(await broken({ Records: [recordOf(message, 'x1')] }, lambdaContext('scorer'))).toEqual({ batchItemFailures: [{ itemIdentifier: 'x1' }] });
    expect((await call('GET', `/api/submissions/${submitted.id}`, admin)).body).toMatchObject({ status: 'submitted', revision: 1 });

    // SQS redelivers the failed message; this time the scorer is healthy.
    expect(await scorer({ Records: [recordOf(message, 'x1')] }, lambdaContext('scorer'))).toEqual({ batchItemFailures: [] });
    expect((await call('GET', `/api/submissions/${submitted.id}/result`, inst)).body).toMatchObject({ total: 100 });
  });

  it('answers 401 to a token from another user pool and 404 (as if missing) to an institution reading another institution', async () => {
    const otherPool = await new SignJWT({ token_use: 'id', 'cognito:groups': ['admin'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer('https://cognito-idp.ap-east-1.amazonaws.com/ap-east-1_Other')
      .setAudience(CLIENT)
      .setSubject('x')
      .setExpirationTime('10m')
      .sign((await generateKeyPair('RS256')).privateKey);
    expect((await call('GET', '/api/rounds', otherPool)).status).toBe(401);
    const stranger = await token('u-inst-b', ['institution'], 'inst-b');
    expect((await call('GET', '/api/submissions/r1.inst-a.self', stranger)).status).toBe(404);
  });
});
