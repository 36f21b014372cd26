import { describe, expect, it } from 'vitest';
import { LightResponse } from './light-response.js';

describe('LightResponse', () => {
  it('reads JSON, text and bytes as Node\'s Response does, once', async () => {
    const response = new LightResponse('{"名称":"海宁"}', { status: 201, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(await response.json()).toEqual({ 名称: '海宁' });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    const bytes = Uint8Array.from([0x50, 0x4b, 0xff, 0x00]);
    expect(new Uint8Array(await new LightResponse(bytes).arrayBuffer())).toEqual(bytes);
  });

  it('gives a text body the content type Node\'s gives it, and bytes none', () => {
    expect(new LightResponse('hi').headers.get('content-type')).toBe(new Response('hi').headers.get('content-type'));
    expect(new LightResponse(new Uint8Array([1])).headers.get('content-type')).toBeNull();
    expect(new LightResponse(null, { status: 204 }).headers.get('content-type')).toBeNull();
  });

  it('refuses what Node\'s refuses: a status outside 200–599 and a body on a 204', () => {
    expect(() => new LightResponse(null, { status: 99 })).toThrow(RangeError);
    expect(() => new LightResponse('x', { status: 204 })).toThrow(TypeError);
  });

  it('copies a response as Hono does (new Response(res.body, res)): same status, headers and body', async () => {
    const first = new LightResponse('{"a":1}', { status: 409, headers: { 'content-type': 'application/json', 'x-one': '1' } });
    const copy = new LightResponse(first.body, first);
    copy.headers.set('x-two', '2');
    expect(copy.status).toBe(409);
    expect(copy.headers.get('x-one')).toBe('1');
    expect(first.headers.has('x-two')).toBe(false);
    expect(await copy.json()).toEqual({ a: 1 });
  });

  it('streams its body to whoever reads .body as a stream', async () => {
    const response = new LightResponse('数据');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const { value } = await reader.read();
    expect(Buffer.from(value!).toString('utf8')).toBe('数据');
    expect(response.bodyUsed).toBe(true);
  });

  it('hands a body only Node reads (URLSearchParams) to a native Response, headers included', async () => {
    const response = new LightResponse(new URLSearchParams({ a: '1' }));
    expect(response.headers.get('content-type')).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(await response.text()).toBe('a=1');
  });

  it('clones, redirects, and counts Node\'s responses as responses', async () => {
    const response = new LightResponse('x');
    expect(await response.clone().text()).toBe('x');
    expect(await response.text()).toBe('x');
    const redirect = LightResponse.redirect('https://example.cn/a', 303);
    expect([redirect.status, redirect.headers.get('location')]).toEqual([303, 'https://example.cn/a']);
    expect(new Response('x') instanceof LightResponse).toBe(true);
    expect(await (await new LightResponse('b').blob()).text()).toBe('b');
  });
});
