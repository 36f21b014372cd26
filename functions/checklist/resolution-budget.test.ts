import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';
import { RESOLUTION_LIMITS } from './resolution-budget.js';
import { validateDefinition } from './validate-definition.js';

type Definition = ReturnType<typeof sampleDefinition>;

/** The sample with `$defs` d0…d(n-1), each made by `step(next ref)`, and a field `chain` pointing at d0. */
function withChain(n: number, step: (next: { $ref: string }) => Record<string, unknown>): Definition {
  const d = sampleDefinition();
  const defs: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) defs[`d${i}`] = i + 1 < n ? step({ $ref: `#/$defs/d${i + 1}` }) : { type: 'object', properties: { end: { type: 'string' } } };
  const schema = d.form.schema as Record<string, unknown>;
  schema.$defs = defs;
  (schema.properties as Record<string, unknown>).chain = { $ref: '#/$defs/d0' };
  return d;
}

function issuesOf(d: Definition) {
  const result = validateDefinition(d);
  return result.ok ? [] : result.issues;
}

describe('resolving $refs and combinator branches', () => {
  it('a 3,000-step $ref chain through allOf is refused, not a stack overflow', () => {
    // 182 KB: within the size limit. It used to throw RangeError (a 500 from the API); now its subschemas alone are too many.
    const d = withChain(3000, (next) => ({ allOf: [next], type: 'string' }));
    expect(issuesOf(d)).toEqual([expect.objectContaining({ path: '/form/schema', code: 'too-many-schema-nodes' })]);
  });

  it('a $ref chain within the subschema limit but deeper than the nesting limit is a form-too-complex issue', () => {
    const d = withChain(300, (next) => ({ allOf: [next], type: 'string' }));
    expect(issuesOf(d)).toEqual([expect.objectContaining({ path: '/form/schema', code: 'form-too-complex', message: expect.stringContaining(String(RESOLUTION_LIMITS.maxDepth)) })]);
  });

  it('fields nested through $refs are bounded the same way (the field limit counts only what is written out)', () => {
    // 200 fields written out, each one level deep, but 200 levels deep once the $refs are followed.
    const d = withChain(200, (next) => ({ type: 'object', properties: { x: next } }));
    expect(issuesOf(d)).toContainEqual(expect.objectContaining({ code: 'form-too-complex' }));
  });

  it('a short chain, as a form might use, still lists the fields at its end', () => {
    const d = withChain(10, (next) => ({ allOf: [next] }));
    (d.form.uischema.elements as unknown[]).push({ type: 'Category', label: '链', elements: [{ type: 'Control', scope: '#/properties/chain/properties/end' }] });
    expect(validateDefinition(d)).toMatchObject({ ok: true });
  });

  it('fields that double at every step (two properties to the next definition) are refused, not listed 2^40 times', () => {
    const d = withChain(40, (next) => ({ type: 'object', properties: { a: next, b: next } }));
    const started = performance.now();
    expect(issuesOf(d)).toEqual([expect.objectContaining({ code: 'form-too-complex', message: expect.stringContaining(String(RESOLUTION_LIMITS.maxSteps)) })]);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('a UI scope whose resolution doubles at every branch is a ui-scope issue (too-complex), not minutes of work', () => {
    // Listing fields visits each definition once; resolving a missing field below tried both branches at each of 30 levels (2^30).
    const d = withChain(30, (next) => ({ allOf: [next, { ...next }] }));
    (d.form.uischema.elements as unknown[]).push({ type: 'Category', label: '链', elements: [{ type: 'Control', scope: '#/properties/chain/properties/missing' }] });
    const started = performance.now();
    expect(issuesOf(d)).toEqual([expect.objectContaining({ code: 'ui-scope', path: '/form/uischema/elements/2/elements/0/scope', params: expect.objectContaining({ problem: 'too-complex' }) })]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
