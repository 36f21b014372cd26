import { Metrics } from '@aws-lambda-powertools/metrics';
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiHandler } from '../../functions/handlers/api-handler.js';
import { httpEvent, lambdaContext } from './lambda-fixtures.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80]); // a zip header and non-UTF-8 bytes

function handler() {
  const app = new Hono();
  app.post('/api/echo', async (c) => c.json({ got: await c.req.json() }, 201));
  app.get('/api/export.xlsx', (c) => c.body(bytes, 200, { 'content-type': XLSX }));
  app.get('/api/export.csv', (c) => c.body('机构,总分\n甲,90\n', 200, { 'content-type': 'text/csv; charset=utf-8' }));
  app.get('/api/missing', (c) => c.json({ error: { code: 'not-found' } }, 404));
  return createApiHandler(app, { metrics: new Metrics({ namespace: 'DabiaoTest', serviceName: 'api-test' }) });
}

/** The EMF blobs Powertools printed (one JSON object per line). */
function emfBlobs(lines: string[]): Record<string, unknown>[] {
  return lines.flatMap((line) => line.split('\n')).filter((line) => line.includes('"_aws"')).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('API handler (light API Gateway adapter, Powertools metrics)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('flushes a cold-start count once and one response-class count per invocation as EMF, as logMetrics did', async () => {
    // Dev mode makes Powertools print through the global console, which the test reads (and alone would switch metrics off).
    vi.stubEnv('POWERTOOLS_DEV', 'true');
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    // Lambda sets it; Powertools counts a cold start only for on-demand instances.
    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
    const emitted: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      emitted.push(String(line));
    });
    const api = handler();
    await api(httpEvent('GET', '/api/export.csv'), lambdaContext('api'));
    await api(httpEvent('GET', '/api/missing'), lambdaContext('api'));
    const blobs = emfBlobs(emitted);
    const coldStarts = blobs.filter((blob) => 'ColdStart' in blob);
    expect(coldStarts).toHaveLength(1);
    expect(coldStarts[0]).toMatchObject({ ColdStart: 1, function_name: 'api', service: 'api-test' });
    expect(blobs.filter((blob) => 'Responses2xx' in blob).map((blob) => blob.Responses2xx)).toEqual([1]);
    expect(blobs.filter((blob) => 'Responses4xx' in blob).map((blob) => blob.Responses4xx)).toEqual([1]);
    expect(blobs.every((blob) => JSON.stringify(blob._aws).includes('DabiaoTest'))).toBe(true);
  });

  it('passes a JSON body through and returns the app\'s status and body', async () => {
    const response = await handler()(
      httpEvent('POST', '/api/echo', { headers: { 'content-type': 'application/json' }, body: '{"名称":"海宁"}' }),
      lambdaContext('api'),
    );
    expect(response.statusCode).toBe(201);
    expect(JSON.parse(response.body)).toEqual({ got: { 名称: '海宁' } });
  });

  it('accepts a body API Gateway delivered base64-encoded', async () => {
    const event = httpEvent('POST', '/api/echo', { headers: { 'content-type': 'application/json' }, body: Buffer.from('{"a":1}').toString('base64') });
    event.isBase64Encoded = true;
    const response = await handler()(event, lambdaContext('api'));
    expect(JSON.parse(response.body)).toEqual({ got: { a: 1 } });
  });

  it('returns an XLSX export base64-encoded so API Gateway does not mangle the bytes', async () => {
    const response = await handler()(httpEvent('GET', '/api/export.xlsx'), lambdaContext('api'));
    expect(response.isBase64Encoded).toBe(true);
    expect(Uint8Array.from(Buffer.from(response.body, 'base64'))).toEqual(bytes);
  });

  it('returns a CSV export as text, Chinese intact', async () => {
    const response = await handler()(httpEvent('GET', '/api/export.csv'), lambdaContext('api'));
    expect(response.isBase64Encoded).toBe(false);
    expect(response.body).toContain('机构,总分');
  });
});
