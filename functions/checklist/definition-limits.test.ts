import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';
import { DEFINITION_LIMITS } from './definition-limits.js';
import { validateDefinition } from './validate-definition.js';
import { resolvedDefinition } from '../cli/standard-scales-file.js';

function issuesOf(definition: unknown) {
  const result = validateDefinition(definition);
  return result.ok ? [] : result.issues;
}

/** The sample with `n` extra number fields at the top of its form. */
function withFields(n: number) {
  const d = sampleDefinition();
  const properties = d.form.schema.properties as Record<string, unknown>;
  for (let i = 0; i < n; i++) properties[`extra${i}`] = { type: 'number', minimum: 0 };
  return d;
}

describe('definition limits', () => {
  it('every checklist in forms/ is well within them', () => {
    for (const id of readdirSync('forms', { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(`forms/${e.name}/checklist.json`)).map((e) => e.name)) {
      const definition = resolvedDefinition(JSON.parse(readFileSync(`forms/${id}/checklist.json`, 'utf8')));
      expect([id, issuesOf(definition)]).toEqual([id, []]);
    }
  });

  it('refuses a definition over the size limit by its size alone, before compiling it', () => {
    // 20,000 fields: the shape that blocked the server for 33 s while ajv compiled it (twice).
    const huge = withFields(20_000);
    const started = performance.now();
    const issues = issuesOf(huge);
    expect(issues).toEqual([expect.objectContaining({ path: '/', code: 'definition-too-large' })]);
    expect(issues[0]!.message).toContain(String(DEFINITION_LIMITS.maxBytes));
    // Not a timing test: compiling this takes tens of seconds, refusing it a few milliseconds.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('measures size in UTF-8 bytes: Chinese text counts three bytes a character', () => {
    const chinese = sampleDefinition();
    chinese.description = { zh: '院'.repeat(110_000) };
    expect(issuesOf(chinese)).toEqual([expect.objectContaining({ code: 'definition-too-large' })]);
    const ascii = sampleDefinition();
    ascii.description = { zh: 'a'.repeat(250_000) };
    expect(issuesOf(ascii).map((i) => i.code)).not.toContain('definition-too-large');
  });

  it('refuses a form with more fields than the limit even when it is small in bytes', () => {
    const issues = issuesOf(withFields(DEFINITION_LIMITS.maxFormFields + 1));
    expect(issues).toEqual([expect.objectContaining({ path: '/form/schema', code: 'too-many-fields' })]);
  });

  it('refuses fields nested deeper than the limit', () => {
    const d = sampleDefinition();
    let node: Record<string, unknown> = { type: 'number' };
    for (let i = 0; i < DEFINITION_LIMITS.maxFormDepth + 1; i++) node = { type: 'object', properties: { x: node } };
    (d.form.schema.properties as Record<string, unknown>).nested = node;
    expect(issuesOf(d)).toContainEqual(expect.objectContaining({ path: '/form/schema', code: 'too-deep' }));
  });

  it('refuses a pattern longer than the limit, at its path', () => {
    const d = sampleDefinition();
    (d.form.schema.properties as Record<string, Record<string, unknown>>).code = { type: 'string', pattern: 'a'.repeat(DEFINITION_LIMITS.maxPatternLength + 1) };
    expect(issuesOf(d)).toContainEqual(expect.objectContaining({ path: '/form/schema/properties/code/pattern', code: 'pattern-too-long' }));
  });

  it('refuses a one-field form whose anyOf has more branches than the schema node limit, before compiling it', () => {
    // 69 KB, one field: compiling it blocked the server for 5.7 s and it published.
    const d = sampleDefinition();
    (d.form.schema.properties as Record<string, unknown>).code = { anyOf: Array.from({ length: 2000 }, (_, i) => ({ type: 'string', minLength: i })) };
    const started = performance.now();
    expect(issuesOf(d)).toEqual([expect.objectContaining({ path: '/form/schema', code: 'too-many-schema-nodes', message: expect.stringContaining(String(DEFINITION_LIMITS.maxSchemaNodes)) })]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts every keyword that holds schemas, not only properties', () => {
    const n = Math.ceil(DEFINITION_LIMITS.maxSchemaNodes / 6);
    const d = sampleDefinition();
    const schema = d.form.schema as Record<string, unknown>;
    // Few fields, but $defs, not, if/then/else, oneOf, allOf: about 7 nodes per definition.
    schema.$defs = Object.fromEntries(Array.from({ length: n }, (_, i) => [`d${i}`, { not: { type: 'null' }, if: { type: 'string' }, then: { minLength: 1 }, else: { oneOf: [{ type: 'number' }, { type: 'boolean' }] } }]));
    expect(issuesOf(d)).toContainEqual(expect.objectContaining({ code: 'too-many-schema-nodes' }));
    // Values in enum/const are data: objects there are not schemas.
    const data = sampleDefinition();
    (data.form.schema.properties as Record<string, unknown>).pick = { enum: Array.from({ length: 2000 }, (_, i) => ({ properties: { [`x${i}`]: {} } })) };
    expect(issuesOf(data).map((i) => i.code)).not.toContain('too-many-schema-nodes');
  });

  it('refuses more patterns than the limit', () => {
    const d = sampleDefinition();
    const properties = d.form.schema.properties as Record<string, unknown>;
    for (let i = 0; i <= DEFINITION_LIMITS.maxPatterns; i++) properties[`code${i}`] = { type: 'string', pattern: `^[a-z]{${i + 1}}$` };
    expect(issuesOf(d)).toEqual([expect.objectContaining({ path: '/form/schema', code: 'too-many-patterns' })]);
    // The limit itself is allowed.
    const within = sampleDefinition();
    const some = within.form.schema.properties as Record<string, unknown>;
    for (let i = 0; i < DEFINITION_LIMITS.maxPatterns; i++) some[`code${i}`] = { type: 'string', pattern: `^[a-z]{${i + 1}}$` };
    expect(issuesOf(within).map((i) => i.code)).not.toContain('too-many-patterns');
  });
});
