import { describe, expect, it } from 'vitest';
import { pointerOffset } from './json-pointer-offset';

const text = `{
  "id": "demo",
  "criteria": [
    { "id": "a", "target": { "op": ">=", "value": 5 } },
    { "id": "b/c", "kind": "count" }
  ]
}`;
const at = (pointer: string) => {
  const loc = pointerOffset(text, pointer);
  return { text: text.slice(loc.from, loc.to), exact: loc.exact };
};

describe('pointerOffset', () => {
  it('lands on the property a pointer names, key included', () => {
    expect(at('/criteria/0/target/op')).toEqual({ text: '"op": ">="', exact: true });
    expect(at('/id')).toEqual({ text: '"id": "demo"', exact: true });
  });

  it('lands on an array element by index', () => {
    expect(at('/criteria/1')).toEqual({ text: '{ "id": "b/c", "kind": "count" }', exact: true });
  });

  it('a missing key lands on the nearest ancestor that exists', () => {
    expect(at('/criteria/1/target')).toEqual({ text: '{ "id": "b/c", "kind": "count" }', exact: false });
  });

  it('the root pointer and broken JSON land at the start or the whole document', () => {
    expect(pointerOffset(text, '/').from).toBe(0);
    expect(pointerOffset('', '/criteria/0')).toEqual({ from: 0, to: 0, exact: false });
  });
});
