import { describe, expect, it } from 'vitest';
import { LightHeaders } from './light-headers.js';

describe('LightHeaders', () => {
  it('matches names in any case and iterates them lower-cased in sorted order, as Node does', () => {
    const light = new LightHeaders({ 'X-B': '2', 'content-type': 'application/json', 'X-a': '1' });
    const native = new Headers({ 'X-B': '2', 'content-type': 'application/json', 'X-a': '1' });
    expect(light.get('CONTENT-TYPE')).toBe('application/json');
    expect([...light]).toEqual([...native]);
    expect([...light.keys()]).toEqual(['content-type', 'x-a', 'x-b']);
  });

  it('combines repeated values with ", " but keeps each set-cookie apart', () => {
    const light = new LightHeaders();
    light.append('Vary', 'Accept');
    light.append('vary', 'Origin');
    light.append('Set-Cookie', 'a=1; Path=/');
    light.append('set-cookie', 'b=2; Path=/');
    expect(light.get('vary')).toBe('Accept, Origin');
    expect(light.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect([...light]).toEqual([['set-cookie', 'a=1; Path=/'], ['set-cookie', 'b=2; Path=/'], ['vary', 'Accept, Origin']]);
    const seen: string[] = [];
    light.forEach((value, name) => seen.push(`${name}=${value}`));
    expect(seen).toEqual(['set-cookie=a=1; Path=/', 'set-cookie=b=2; Path=/', 'vary=Accept, Origin']);
  });

  it('copies another headers object, Node\'s or light, and pairs', () => {
    const native = new Headers([['a', '1'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
    expect(new LightHeaders(native).getSetCookie()).toEqual(['x=1', 'y=2']);
    expect([...new LightHeaders(new LightHeaders(native))]).toEqual([...native]);
    expect(new LightHeaders([['A', ' spaced ']]).get('a')).toBe('spaced');
  });

  it('refuses a bad name and a value that would split the header (CR/LF), like Node', () => {
    expect(() => new LightHeaders({ 'bad name': 'x' })).toThrow(TypeError);
    expect(() => new LightHeaders().set('x', 'a\r\nInjected: 1')).toThrow(TypeError);
    expect(() => new Headers().set('x', 'a\r\nInjected: 1')).toThrow(TypeError);
  });

  it('refuses a value with characters above U+00FF but keeps Latin-1 ones, like Node (a ByteString)', () => {
    for (const make of [(v: string) => new LightHeaders({ a: v }), (v: string) => new Headers({ a: v })]) {
      expect(() => make('附件.pdf')).toThrow(TypeError);
      expect(() => make('x\u0100')).toThrow(TypeError);
      expect(make('café ÿ').get('a')).toBe('café ÿ');
    }
    expect(() => new LightHeaders().append('a', '中')).toThrow(TypeError);
    expect(() => new LightHeaders().set('a', '中')).toThrow(TypeError);
  });

  it('set replaces, delete removes, has and get say absent with false and null', () => {
    const light = new LightHeaders({ a: '1' });
    light.append('a', '2');
    light.set('A', '3');
    expect(light.get('a')).toBe('3');
    light.delete('a');
    expect(light.has('a')).toBe(false);
    expect(light.get('a')).toBeNull();
  });

  it('passes instanceof Headers checks for Node\'s headers too', () => {
    expect(new Headers() instanceof LightHeaders).toBe(true);
    expect({} instanceof LightHeaders).toBe(false);
  });
});
