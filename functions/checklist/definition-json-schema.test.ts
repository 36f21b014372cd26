import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { definitionJsonSchema } from './definition-json-schema.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';

const validate = new Ajv({ strict: false, allErrors: true }).compile(definitionJsonSchema());
const forms = new URL('../../forms/', import.meta.url);

describe('the generated JSON Schema (forms/checklist.schema.json)', () => {
  it('accepts every checklist in forms/ as authored, standard scale references included', () => {
    const folders = readdirSync(forms).filter((f) => existsSync(new URL(`${f}/checklist.json`, forms)));
    for (const folder of folders) {
      const ok = validate(JSON.parse(readFileSync(new URL(`${folder}/checklist.json`, forms), 'utf8')));
      expect(ok ? [] : validate.errors, folder).toEqual([]);
    }
  });

  it('tells an editor which target a criterion kind takes', () => {
    const d = sampleDefinition() as unknown as { criteria: Record<string, unknown>[] };
    d.criteria[2]!.target = { equals: true };
    expect(validate(d)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/criteria/2/target', schemaPath: '#/$defs/NumericCriterionTarget/oneOf' }));
    d.criteria[2]!.target = { op: '>=', value: 35 };
    expect(validate(d)).toBe(true);
  });
});
