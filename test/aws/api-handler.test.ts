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
  return createApiHandler(app);
}

describe('API handler (Middy, light API Gateway adapter)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('writes nothing to standard output: the API publishes no metrics of its own (API Gateway and Lambda count its requests)', async () => {
    const written = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const logged = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const api = handler();
    expect((await api(httpEvent('GET', '/api/export.csv'), lambdaContext('api'))).statusCode).toBe(200);
    expect((await api(httpEvent('GET', '/api/missing'), lambdaContext('api'))).statusCode).toBe(404);
    expect(written).not.toHaveBeenCalled();
    expect(logged).not.toHaveBeenCalled();
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
