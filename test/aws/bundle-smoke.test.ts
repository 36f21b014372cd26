import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { APIGatewayProxyResult, SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { S3EvidenceStore, type S3Sdk } from '../../functions/adapters/aws/s3-evidence-store.js';
import { createS3Client } from '../../functions/handlers/s3-client.js';
import { buildHandlers } from '../../infra/build-handlers.js';
import { coldStartFiles } from '../../infra/cold-start-files.js';
import { HANDLER_BUNDLE } from '../../infra/handler-bundle.js';
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
  DOCS_ASSETS_URL: 'https://dabiao.example.cn/docs',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
};

/** The code a cold start loads: `entry` and every chunk it imports statically, transitively (not `import()`). */
function staticClosure(entry: string): string {
  return coldStartFiles(entry).map((file) => readFileSync(file, 'utf8')).join('\n');
}

type Handler<E, R> = { handler: (event: E, context: ReturnType<typeof lambdaContext>) => Promise<R> };

/**
 * Builds the deployable bundles and runs them as Lambda would: ESM, with only the environment.
 * Catches what type checks cannot: a CommonJS dependency that breaks in the ESM bundle, module
 * scope that needs the network, a config variable the stack forgot.
 */
describe('deployable bundles', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'dabiao-bundles-'));
  const root = fileURLToPath(new URL('../..', import.meta.url));

  let api: Handler<unknown, APIGatewayProxyResult>['handler'];
  let scorer: Handler<unknown, SQSBatchResponse>['handler'];

  // Building and first loading the bundles (module scope: config, clients) is the slow part; on a
  // loaded 2-core machine a cold import alone can outlast a test's 20 s, so both happen here, once.
  beforeAll(async () => {
    for (const [name, value] of Object.entries(LAMBDA_ENV)) vi.stubEnv(name, value);
    await buildHandlers(root, outdir);
    api = ((await import(pathToFileURL(`${outdir}/api/index.mjs`).href)) as Handler<unknown, APIGatewayProxyResult>).handler;
    scorer = ((await import(pathToFileURL(`${outdir}/scorer/index.mjs`).href)) as Handler<unknown, SQSBatchResponse>).handler;
  }, 180000);
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(outdir, { recursive: true, force: true });
  });

  it('the API bundle starts and answers /api/health through API Gateway payload 2.0', async () => {
    const handler = api;
    const response = await handler(httpEvent('GET', '/api/health'), lambdaContext('api'));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ status: 'ok' });
  });

  it('the API bundle serves the docs page with Swagger UI from the web hosting, not a CDN or itself', async () => {
    const handler = api;
    const page = await handler(httpEvent('GET', '/api/docs'), lambdaContext('api'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('https://dabiao.example.cn/docs/swagger-ui-dist/swagger-ui-bundle.js');
    expect(page.body).not.toContain('cdn.jsdelivr.net');
    // The Lambda no longer carries the files: the old asset route is gone (401 before any route match).
    const script = await handler(httpEvent('GET', '/api/docs/assets/swagger-ui-dist/swagger-ui-bundle.js'), lambdaContext('api'));
    expect(script.statusCode).not.toBe(200);
    expect(script.headers?.['content-type']).not.toContain('javascript');
  });

  it.each(Object.keys(HANDLER_BUNDLE.entries))('the %s bundle loads one file of at most 600 KB minified at a cold start', (name) => {
    const files = coldStartFiles(`${outdir}/${name}/index.mjs`);
    // The entry's static imports are followed, so a chunk left outside the entry would count (and
    // cost Node's loader a file of its own: infra/merge-cold-start.ts folds them into the entry).
    expect(files).toEqual([`${outdir}/${name}/index.mjs`]);
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes).toBeLessThanOrEqual(HANDLER_BUNDLE.maxColdStartBytes);
  });

  it('the scorer and seeding bundles leave Ajv and the RE2 engine out of their cold start', () => {
    const markers = ['Deprecated ignoreKeywordsWithRef can be used instead.', 'invalid character class range'];
    for (const name of ['scorer', 'seed-checklists']) {
      const coldStart = staticClosure(`${outdir}/${name}/index.mjs`);
      for (const marker of markers) expect(coldStart, `${name}: ${marker}`).not.toContain(marker);
    }
    // Seeding still has the compiler, as a chunk it loads when a version is new.
    const chunks = readdirSync(`${outdir}/seed-checklists/chunks`).map((file) => readFileSync(`${outdir}/seed-checklists/chunks/${file}`, 'utf8'));
    for (const marker of markers) expect(chunks.some((chunk) => chunk.includes(marker)), marker).toBe(true);
  });

  it('the API loads exceljs only when a workbook is exported (a separate chunk)', () => {
    // A string only exceljs' workbook writer contains.
    const marker = 'xl/workbook.xml';
    expect(readFileSync(`${outdir}/api/index.mjs`, 'utf8')).not.toContain(marker);
    const chunks = readdirSync(`${outdir}/api/chunks`).map((file) => readFileSync(`${outdir}/api/chunks/${file}`, 'utf8'));
    expect(chunks.some((chunk) => chunk.includes(marker))).toBe(true);
  });

  it('the API loads the checklist compiler (Ajv, RE2) only when a form is compiled (a separate chunk that loads)', async () => {
    // Strings only Ajv's and re2js' code contain.
    const markers = ['Deprecated ignoreKeywordsWithRef can be used instead.', 'invalid character class range'];
    const coldStart = staticClosure(`${outdir}/api/index.mjs`);
    expect(coldStart).toContain('/api/health');
    for (const marker of markers) expect(coldStart, marker).not.toContain(marker);
    const chunkFiles = readdirSync(`${outdir}/api/chunks`);
    const compiler = chunkFiles.filter((file) => markers.some((marker) => readFileSync(`${outdir}/api/chunks/${file}`, 'utf8').includes(marker)));
    expect(compiler.length).toBeGreaterThan(0);
    // Loadable as the runtime would load it (ESM, CommonJS dependencies inside).
    for (const file of compiler) await import(pathToFileURL(`${outdir}/api/chunks/${file}`).href);
  });

  it('the API loads its use cases (domain services) on the first signed-in request, not at init (a separate chunk)', () => {
    // Error texts only the submission use cases contain.
    const markers = ['Give roundId, institutionId or regionId', 'You may only list your own institution'];
    const coldStart = staticClosure(`${outdir}/api/index.mjs`);
    for (const marker of markers) expect(coldStart, marker).not.toContain(marker);
    const chunks = readdirSync(`${outdir}/api/chunks`).map((file) => readFileSync(`${outdir}/api/chunks/${file}`, 'utf8'));
    for (const marker of markers) expect(chunks.some((chunk) => chunk.includes(marker)), marker).toBe(true);
  });

  it('the API registers its routes with a body or a token (and their Valibot schemas) on the first request that needs them, not at init', () => {
    // Texts only the body reader and the token check contain, and the type name of valibot's strictObject.
    const markers = ['The request body is invalid', 'Change the one-time password first', '"strict_object"'];
    const coldStart = staticClosure(`${outdir}/api/index.mjs`);
    for (const marker of markers) expect(coldStart, marker).not.toContain(marker);
    const chunks = readdirSync(`${outdir}/api/chunks`).map((file) => readFileSync(`${outdir}/api/chunks/${file}`, 'utf8'));
    for (const marker of markers) expect(chunks.some((chunk) => chunk.includes(marker)), marker).toBe(true);
  });

  it('the API loads jose (token checks) with the first token, not at init (a separate chunk)', () => {
    // An error code only jose contains.
    const marker = 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED';
    expect(staticClosure(`${outdir}/api/index.mjs`)).not.toContain(marker);
    const chunks = readdirSync(`${outdir}/api/chunks`).map((file) => readFileSync(`${outdir}/api/chunks/${file}`, 'utf8'));
    expect(chunks.some((chunk) => chunk.includes(marker))).toBe(true);
  });

  it('a signed-in request loads one file beyond the init and the first event\'s: the routes, the use cases and jose\'s verifying code, without the remote key set', () => {
    const chunk = (prefix: string) => `${outdir}/api/chunks/${readdirSync(`${outdir}/api/chunks`).find((file) => file.startsWith(prefix) && file.endsWith('.mjs'))!}`;
    const signedIn = chunk('signed-in-');
    const init = coldStartFiles(`${outdir}/api/index.mjs`);
    // Everything it imports statically (the chunks it shared with other lazy code) is inside it.
    expect(coldStartFiles(signedIn).filter((file) => !init.includes(file))).toEqual([signedIn]);
    const code = readFileSync(signedIn, 'utf8');
    // jose's check, the body reader and token check, and the submission use cases.
    for (const marker of ['ERR_JWS_SIGNATURE_VERIFICATION_FAILED', 'The request body is invalid', 'Give roundId, institutionId or regionId']) expect(code, marker).toContain(marker);
    // An option only jose's remote JWKS reads: OIDC and Cognito need it, the built-in identity does not.
    expect(code).not.toContain('cooldownDuration');
    // Nor the checklist compiler (Ajv), which loads only when a form is compiled.
    expect(code).not.toContain('Deprecated ignoreKeywordsWithRef can be used instead.');
  });

  it('the API builds the built-in identity (sessions, user administration, their DynamoDB stores) with the first signed-in request, in its one file, not at init', () => {
    // Texts only the sessions, the user administration and the login attempts' store contain.
    const markers = ['Unknown user or wrong password', 'You cannot disable the last active administrator', 'Login attempts'];
    const coldStart = staticClosure(`${outdir}/api/index.mjs`);
    // The init still answers the discovery document itself.
    expect(coldStart).toContain('/.well-known/openid-configuration');
    for (const marker of markers) expect(coldStart, marker).not.toContain(marker);
    const signedIn = readdirSync(`${outdir}/api/chunks`).find((file) => file.startsWith('signed-in-') && file.endsWith('.mjs'))!;
    const code = readFileSync(`${outdir}/api/chunks/${signedIn}`, 'utf8');
    for (const marker of markers) expect(code, marker).toContain(marker);
  });

  it('the checklist format (criterion kinds, a definition\'s issue texts) loads as one file when a definition is checked or compiled, not with a signed-in read or the reports', () => {
    const file = (prefix: string) => `${outdir}/api/chunks/${readdirSync(`${outdir}/api/chunks`).find((name) => name.startsWith(prefix) && name.endsWith('.mjs'))!}`;
    // A check only the numeric kind makes, and a text only the definition's issue texts hold.
    const markers = ['an about target with a direction needs', 'has the wrong shape'];
    const publishing = file('publishing-');
    const code = readFileSync(publishing, 'utf8');
    for (const marker of markers) expect(code, marker).toContain(marker);
    for (const other of ['signed-in-', 'checklist-report-services-']) {
      const text = readFileSync(file(other), 'utf8');
      for (const marker of markers) expect(text, `${other} ${marker}`).not.toContain(marker);
      expect(coldStartFiles(file(other)), other).not.toContain(publishing);
    }
    // The compiler takes the format from that file, as one instance (one file, beside the compiler's own).
    const init = coldStartFiles(`${outdir}/api/index.mjs`);
    expect(coldStartFiles(file('default-engine-')).filter((f) => !init.includes(f) && !f.includes('signed-in-')).sort()).toEqual([file('default-engine-'), publishing].sort());
  });

  it('the API loads the SQS client only when scoring is queued (a separate chunk)', () => {
    // The service's protocol name, only in the SQS client's code.
    const marker = 'AmazonSQS';
    expect(staticClosure(`${outdir}/api/index.mjs`)).not.toContain(marker);
    const chunks = readdirSync(`${outdir}/api/chunks`).map((file) => readFileSync(`${outdir}/api/chunks/${file}`, 'utf8'));
    expect(chunks.some((chunk) => chunk.includes(marker))).toBe(true);
  });

  it('the API bundle has Middy in its init and no Powertools metrics or logger (API Gateway and Lambda count its requests)', () => {
    const files = [`${outdir}/api/index.mjs`, ...readdirSync(`${outdir}/api/chunks`).filter((file) => file.endsWith('.mjs')).map((file) => `${outdir}/api/chunks/${file}`)];
    const code = files.map((file) => readFileSync(file, 'utf8'));
    // Strings only Middy's core, Powertools' logger and Powertools' metrics (its EMF output) contain.
    expect(staticClosure(`${outdir}/api/index.mjs`)).toContain('handler response not a ReadableStream');
    for (const marker of ['Uncaught error detected, flushing log buffer', 'CloudWatchMetrics']) expect(code.some((text) => text.includes(marker)), marker).toBe(false);
    // Middy's static import of Node's web streams goes to the lazy stand-in.
    for (const text of code) expect(text).not.toMatch(/from\s*"node:stream\/web"/);
  });

  it.each(Object.keys(HANDLER_BUNDLE.entries).filter((name) => name !== 'api'))('the %s bundle loads Middy and Powertools with its first event, not at init (separate chunks)', (name) => {
    // Strings only Middy's core and Powertools' logger contain.
    const markers = ['handler response not a ReadableStream', 'Uncaught error detected, flushing log buffer'];
    const coldStart = staticClosure(`${outdir}/${name}/index.mjs`);
    const files = [`${outdir}/${name}/index.mjs`, ...readdirSync(`${outdir}/${name}/chunks`).filter((file) => file.endsWith('.mjs')).map((file) => `${outdir}/${name}/chunks/${file}`)];
    const code = files.map((file) => readFileSync(file, 'utf8'));
    for (const marker of markers) {
      expect(coldStart, marker).not.toContain(marker);
      expect(code.some((text) => text.includes(marker)), marker).toBe(true);
    }
    // Middy's static import of Node's web streams goes to the lazy stand-in, in every file.
    for (const text of code) expect(text).not.toMatch(/from\s*"node:stream\/web"/);
  });

  it('the API bundle refuses a request without a token with a JSON 401', async () => {
    const handler = api;
    const response = await handler(httpEvent('GET', '/api/submissions/any-id'), lambdaContext('api'));
    expect(response.statusCode).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('the API bundle answers its first events in a fresh process without loading Node\'s fetch implementation (undici)', async () => {
    // A fresh process: this one has long loaded undici. Node lists the internal modules it loaded.
    const script = `const loaded = new Set(process.moduleLoadList);
      const m = await import(${JSON.stringify(pathToFileURL(`${outdir}/api/index.mjs`).href)});
      const webStreamsAtInit = process.moduleLoadList.filter((m) => !loaded.has(m) && m.includes('webstreams'));
      const ctx = ${JSON.stringify(lambdaContext('api'))};
      const health = await m.handler(${JSON.stringify(httpEvent('GET', '/api/health'))}, ctx);
      const unauthorized = await m.handler(${JSON.stringify(httpEvent('GET', '/api/submissions/any-id'))}, ctx);
      const undici = process.moduleLoadList.some((m) => m.includes('undici'));
      process.stdout.write(JSON.stringify({ statuses: [health.statusCode, unauthorized.statusCode], bodies: [health.body, unauthorized.body], undici, webStreamsAtInit }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH, ...LAMBDA_ENV } });
    const out = JSON.parse(stdout) as { statuses: number[]; bodies: string[]; undici: boolean; webStreamsAtInit: string[] };
    expect(out.statuses).toEqual([200, 401]);
    expect(JSON.parse(out.bodies[1]!)).toMatchObject({ error: { code: 'unauthorized' } });
    expect(out.undici).toBe(false);
    // Nor, at init, Node's web streams (2–4 ms): S3's checksum stream extends ReadableStream at module scope (s3-sdk.mts).
    expect(out.webStreamsAtInit).toEqual([]);
  });

  it('the API bundle keeps the S3 SDK in a file of its own, which presigns evidence uploads, and none of it in the init', async () => {
    // Only S3's code holds these: its XML protocol and its checksum stream's error.
    for (const marker of ['restXml', 'unsupported source type']) expect(staticClosure(`${outdir}/api/index.mjs`), marker).not.toContain(marker);
    const island = `${outdir}/api/${Object.keys(HANDLER_BUNDLE.islands.api ?? {})[0]}.mjs`;
    const sdk = (await import(pathToFileURL(island).href)) as S3Sdk;
    const store = new S3EvidenceStore(sdk, createS3Client(sdk, { region: 'cn-north-1' }), 'evidence-bucket');
    const ticket = await store.createUpload({ key: 'evidence/sub-1/c-3/0f8fad5b-d9cb-469f-a165-70867728950e-report.pdf', contentType: 'application/pdf', size: 10, sha256: 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9' });
    const url = new URL(ticket.url);
    expect(url.hostname).toBe('evidence-bucket.s3.cn-north-1.amazonaws.com.cn');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain('x-amz-checksum-sha256');
  });

  it('every file a bundle imports, at init or later, is where the import points', () => {
    for (const name of Object.keys(HANDLER_BUNDLE.entries)) {
      const dir = `${outdir}/${name}`;
      const files = [...readdirSync(dir), ...readdirSync(`${dir}/chunks`).map((file) => `chunks/${file}`)].filter((file) => file.endsWith('.mjs'));
      for (const file of files) {
        for (const [, spec] of readFileSync(`${dir}/${file}`, 'utf8').matchAll(/(?:from|import)\s*\(?"(\.{1,2}\/[^"]+\.mjs)"/g)) {
          expect(existsSync(join(dirname(`${dir}/${file}`), spec!)), `${name}/${file} imports ${spec}`).toBe(true);
        }
      }
    }
  });

  it('the API bundle with the built-in identity answers its public documents from the init, and builds the identity for sign-in from its chunk', async () => {
    const jwk = { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }), kid: 'k1' };
    const issuer = 'https://api.example.cn';
    const env = { ...LAMBDA_ENV, AUTH_MODE: 'builtin', TOKEN_ISSUER: issuer, TOKEN_KMS_KEY_ID: 'alias/dabiao-tokens', TOKEN_PUBLIC_JWK: JSON.stringify(jwk) };
    // A fresh process, as the module scope reads this environment once.
    const script = `const m = await import(${JSON.stringify(pathToFileURL(`${outdir}/api/index.mjs`).href)});
      const ctx = ${JSON.stringify(lambdaContext('api'))};
      const answers = [];
      for (const event of ${JSON.stringify([httpEvent('GET', '/.well-known/openid-configuration'), httpEvent('GET', '/.well-known/jwks.json'), httpEvent('POST', '/api/auth/login', { headers: { 'content-type': 'application/json' }, body: '{}' })])}) {
        const { statusCode, body } = await m.handler(event, ctx);
        answers.push({ statusCode, body: JSON.parse(body) });
      }
      process.stdout.write(JSON.stringify(answers));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH, ...env } });
    const [discovery, jwks, login] = JSON.parse(stdout) as { statusCode: number; body: Record<string, unknown> }[];
    expect(discovery).toMatchObject({ statusCode: 200, body: { issuer, jwks_uri: `${issuer}/.well-known/jwks.json` } });
    expect(jwks).toMatchObject({ statusCode: 200, body: { keys: [expect.objectContaining({ kid: 'k1', x: jwk.x })] } });
    // Refused for its body (not 404 as without the identity, nor 500 as when it fails to load).
    expect(login).toMatchObject({ statusCode: 400, body: { error: { code: 'invalid-body' } } });
  });

  it('no bundle builds an Intl formatter at init (the first one loads ICU\'s data: ≈ 20 ms of a cold start)', async () => {
    // A fresh process per bundle, each Intl constructor counted while the bundle is imported.
    const imported = async (name: string) => {
      const script = `const made = [];
        for (const kind of ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter']) {
          const Real = Intl[kind];
          Intl[kind] = new Proxy(Real, { construct: (target, args) => (made.push(kind), Reflect.construct(target, args)), apply: (target, self, args) => (made.push(kind), Reflect.apply(target, self, args)) });
        }
        await import(${JSON.stringify(pathToFileURL(`${outdir}/${name}/index.mjs`).href)});
        process.stdout.write(JSON.stringify(made));`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH, ...LAMBDA_ENV } });
      return JSON.parse(stdout) as string[];
    };
    for (const name of ['api', 'scorer', 'seed-checklists', 'sweep']) expect(await imported(name), name).toEqual([]);
  });

  it('the sweep bundle loads with the stack environment (its module scope needs no network)', async () => {
    const { handler } = (await import(pathToFileURL(`${outdir}/sweep/index.mjs`).href)) as Handler<unknown, unknown>;
    expect(typeof handler).toBe('function');
  });

  it('the scorer bundle starts and hands back a malformed message for retry', async () => {
    const handler = scorer;
    const result = await handler({ Records: [sqsRecord('bad-1', 'not json')] }, lambdaContext('scorer'));
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad-1' }] });
  });
});
