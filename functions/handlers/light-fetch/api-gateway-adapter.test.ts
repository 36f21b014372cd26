import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { bodyLimit } from 'hono/body-limit';
import { afterEach, describe, expect, it } from 'vitest';
import { httpEvent, lambdaContext } from '../../../test/aws/lambda-fixtures.js';
import { apiGatewayAdapter, type FetchApp } from './api-gateway-adapter.js';
import { installLightFetch } from './install-light-fetch.js';
import { restoreFetchGlobals } from './native-fetch.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80]);

/** An app that exercises what the API's routes and middleware do with requests and responses. */
function app(): Hono {
  const api = new Hono();
  api.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
    c.header('x-after', 'set after the route');
  });
  api.use('/api/limited', bodyLimit({ maxSize: 8, onError: (c) => c.json({ error: { code: 'payload-too-large' } }, 413) }));
  api.post('/api/limited', async (c) => c.json({ size: (await c.req.text()).length }));
  api.post('/api/echo', async (c) => c.json({ got: await c.req.json(), type: c.req.header('content-type') }, 201));
  api.put('/api/bytes', async (c) => c.json({ bytes: [...new Uint8Array(await c.req.arrayBuffer())] }));
  api.get('/api/export.xlsx', (c) => c.body(bytes, 200, { 'content-type': XLSX }));
  api.get('/api/export.csv', (c) => c.body('机构,总分\n甲,90\n', 200, { 'content-type': 'text/csv; charset=utf-8' }));
  api.get('/api/gzip', (c) => c.body('not really gzip', 200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }));
  api.get('/api/query', (c) => c.json({ q: c.req.query('q'), all: c.req.queries('tag'), cookie: c.req.header('cookie'), name: c.req.header('x-name'), url: c.req.url }));
  api.get('/api/cookies', (c) => {
    c.header('set-cookie', 'a=1; Path=/; HttpOnly', { append: true });
    c.header('set-cookie', 'b=2; Path=/', { append: true });
    return c.json({ ok: true });
  });
  api.get('/api/go', (c) => c.redirect('/api/query?q=1', 302));
  api.post('/api/nothing', (c) => c.body(null, 204));
  api.get('/api/text', (c) => c.text('纯文本'));
  api.get('/api/fail', () => {
    throw new Error('boom');
  });
  api.onError((_error, c) => c.json({ error: { code: 'internal' } }, 500));
  return api;
}

const event = (method: string, path: string, init: { headers?: Record<string, string>; body?: string; query?: string; cookies?: string[]; base64?: boolean } = {}): APIGatewayProxyEventV2 => {
  const e = httpEvent(method, path, init);
  e.rawQueryString = init.query ?? '';
  if (init.cookies) e.cookies = init.cookies;
  if (init.base64) e.isBase64Encoded = true;
  return e;
};

const EVENTS: Record<string, APIGatewayProxyEventV2> = {
  'a JSON body': event('POST', '/api/echo', { headers: { 'content-type': 'application/json' }, body: '{"名称":"海宁"}' }),
  'a base64 body': event('PUT', '/api/bytes', { body: Buffer.from(bytes).toString('base64'), base64: true }),
  'a body over the limit': event('POST', '/api/limited', { body: '0123456789' }),
  'a body under the limit': event('POST', '/api/limited', { body: '0123' }),
  'an XLSX export': event('GET', '/api/export.xlsx'),
  'a CSV export': event('GET', '/api/export.csv'),
  'a compressed body': event('GET', '/api/gzip'),
  'a query, cookies and a non-ASCII header': event('GET', '/api/query', { query: 'q=%E6%B5%B7&tag=a&tag=b', cookies: ['s=1', 't=2'], headers: { 'x-name': '海宁' } }),
  'two set-cookie headers': event('GET', '/api/cookies'),
  'a redirect': event('GET', '/api/go'),
  'HEAD of a GET route': event('HEAD', '/api/export.csv'),
  'a 204': event('POST', '/api/nothing'),
  'text': event('GET', '/api/text'),
  'an unknown route': event('GET', '/api/none'),
  'an error': event('GET', '/api/fail'),
};

afterEach(() => restoreFetchGlobals());

describe('apiGatewayAdapter (HTTP API payload 2.0, light Request/Response)', () => {
  it.each(Object.keys(EVENTS))('answers %s exactly as hono/aws-lambda does', async (name) => {
    const expected = await handle(app())(EVENTS[name]! as never, lambdaContext('api'));
    installLightFetch();
    const actual = await apiGatewayAdapter(app() as unknown as FetchApp)(EVENTS[name]!, lambdaContext('api'));
    expect(globalThis.Response.name).toBe('LightResponse');
    expect(actual).toEqual(expected);
  });

  it('says what a user sees: status, cookies apart, bytes base64-encoded and intact, Chinese intact', async () => {
    installLightFetch();
    const adapter = apiGatewayAdapter(app() as unknown as FetchApp);
    const xlsx = await adapter(EVENTS['an XLSX export']!, lambdaContext('api'));
    expect(xlsx.isBase64Encoded).toBe(true);
    expect(Uint8Array.from(Buffer.from(xlsx.body!, 'base64'))).toEqual(bytes);
    const cookies = await adapter(EVENTS['two set-cookie headers']!, lambdaContext('api'));
    expect(cookies.cookies).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/']);
    expect(cookies.headers).not.toHaveProperty('set-cookie');
    expect(cookies.headers).toMatchObject({ 'cache-control': 'no-store', 'x-after': 'set after the route' });
    const query = await adapter(EVENTS['a query, cookies and a non-ASCII header']!, lambdaContext('api'));
    expect(JSON.parse(query.body!)).toEqual({ q: '海', all: ['a', 'b'], cookie: 's=1; t=2', name: encodeURIComponent('海宁'), url: 'https://api.example.test/api/query?q=%E6%B5%B7&tag=a&tag=b' });
    const head = await adapter(EVENTS['HEAD of a GET route']!, lambdaContext('api'));
    expect([head.statusCode, head.body, head.headers?.['content-type']]).toEqual([200, '', 'text/csv; charset=utf-8']);
    const tooBig = await adapter(EVENTS['a body over the limit']!, lambdaContext('api'));
    expect([tooBig.statusCode, JSON.parse(tooBig.body!)]).toEqual([413, { error: { code: 'payload-too-large' } }]);
  });

  it('reads a body sent with transfer-encoding: chunked (API Gateway hands it over whole) within the body limit, not as a 500', async () => {
    installLightFetch();
    const adapter = apiGatewayAdapter(app() as unknown as FetchApp);
    const chunked = (body: string) => event('POST', '/api/limited', { headers: { 'transfer-encoding': 'chunked' }, body });
    const small = await adapter(chunked('0123'), lambdaContext('api'));
    expect([small.statusCode, JSON.parse(small.body!)]).toEqual([200, { size: 4 }]);
    const big = await adapter(chunked('0123456789'), lambdaContext('api'));
    expect([big.statusCode, JSON.parse(big.body!)]).toEqual([413, { error: { code: 'payload-too-large' } }]);
  });

  it('answers a malformed event (a header Node refuses) with a JSON 400, not a crash', async () => {
    installLightFetch();
    const bad = event('GET', '/api/text', { headers: { 'bad header': 'x' } });
    const result = await apiGatewayAdapter(app() as unknown as FetchApp)(bad, lambdaContext('api'));
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body!).error.code).toBe('bad-request');
  });

  it('hands an event of another shape (REST API v1) to Hono\'s own adapter', async () => {
    const v1 = { httpMethod: 'GET', path: '/api/text', headers: { host: 'api.example.test' }, multiValueHeaders: {}, queryStringParameters: null, multiValueQueryStringParameters: null, requestContext: { domainName: 'api.example.test' }, body: null, isBase64Encoded: false };
    const result = await apiGatewayAdapter(app() as unknown as FetchApp)(v1 as never, lambdaContext('api'));
    expect([result.statusCode, result.body]).toEqual([200, '纯文本']);
  });
});
