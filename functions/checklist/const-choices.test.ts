import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import * as addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { resolvedDefinition } from '../cli/standard-scales-file.js';
import { withDefaultLimits } from './answer-limits.js';
import { constChoicesAsEnums } from './const-choices.js';
import { compileFormSchema } from './form-validator.js';
import { linearRegExpEngine } from './linear-regexp.js';

type AddFormats = (ajv: Ajv) => Ajv;
const ns = addFormatsModule as unknown as { default: AddFormats | { default: AddFormats } };
const addFormats: AddFormats = typeof ns.default === 'function' ? ns.default : ns.default.default;

/** The answer validator as it was before choices were checked as enums: the schema as written. */
function asWritten(schema: Record<string, unknown>) {
  const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, code: { regExp: linearRegExpEngine } });
  addFormats(ajv);
  return ajv.compile(withDefaultLimits(schema));
}

const choice = (...values: unknown[]) => ({ type: 'string', oneOf: values.map((v) => ({ const: v, title: `t${String(v)}` })) });

describe('constChoicesAsEnums', () => {
  it('writes a oneOf of labelled constants as an enum, wherever it sits, and leaves the input alone', () => {
    const schema = { type: 'object', properties: { a: choice('x', 'y'), list: { type: 'array', items: choice(1, 2) } } };
    const before = JSON.stringify(schema);
    expect(constChoicesAsEnums(schema)).toEqual({ type: 'object', properties: { a: { type: 'string', enum: ['x', 'y'] }, list: { type: 'array', items: { type: 'string', enum: [1, 2] } } } });
    expect(JSON.stringify(schema)).toBe(before);
  });

  it('keeps a oneOf that is not a plain choice: equal constants, a constraint beside const, an object constant, an enum beside it', () => {
    const kept = [
      choice('x', 'x'),
      { oneOf: [{ const: 'x' }, { const: 'y', minLength: 2 }] },
      { oneOf: [{ const: { a: 1 } }, { const: 'y' }] },
      { enum: ['x'], oneOf: [{ const: 'x' }, { const: 'y' }] },
      { oneOf: [{ type: 'string' }, { type: 'number' }] },
    ];
    for (const schema of kept) expect(constChoicesAsEnums(schema)).toBe(schema);
  });
});

describe('compileFormSchema, with choices checked as enums', () => {
  const forms = readdirSync('forms', { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name);

  /** Every answer set a sample gives, and each with one leaf replaced by a wrong value of another type, or a value no choice has. */
  function variants(answers: Record<string, unknown>): unknown[] {
    const out: unknown[] = [answers, {}];
    const walk = (node: unknown, path: string[]) => {
      if (typeof node !== 'object' || node === null) {
        for (const wrong of ['不是选项', 123456]) {
          const copy = structuredClone(answers);
          let at = copy as Record<string, unknown>;
          for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
          at[path.at(-1)!] = wrong;
          out.push(copy);
        }
        return;
      }
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
    };
    walk(answers, []);
    return out;
  }

  it('accepts and refuses exactly what the schema as written does, with the same errors, for every checklist in forms/', () => {
    let compared = 0;
    let refused = 0;
    for (const form of forms) {
      const definition = resolvedDefinition(JSON.parse(readFileSync(`forms/${form}/checklist.json`, 'utf8'))) as { form: { schema: Record<string, unknown> } };
      const now = compileFormSchema(definition.form.schema);
      const before = asWritten(definition.form.schema);
      // Two samples a checklist: the variants of one already cover every field it answers.
      const samples = readdirSync(`forms/${form}/samples`).filter((f) => f.endsWith('.json')).slice(0, 2);
      for (const file of samples) {
        const answers = JSON.parse(readFileSync(`forms/${form}/samples/${file}`, 'utf8')).answers ?? {};
        for (const value of variants(answers)) {
          const valid = before(value);
          expect(now(value), `${form}/${file}`).toBe(valid);
          expect(now.errors ?? null).toEqual(before.errors ?? null);
          compared += 1;
          if (!valid) refused += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(200);
  }, 120_000);

  it('refuses an invalid answer with its errors when the form has a root $id (quick and full schema both carry it)', () => {
    const validate = compileFormSchema({ $id: 'https://example.org/forms/a.json', type: 'object', properties: { grade: choice('a', 'b') } });
    expect(validate({ grade: 'a' })).toBe(true);
    expect(validate({ grade: 'z' })).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(0);
    expect(validate({ grade: 'z' })).toBe(false);
  });

  it('still compiles a form whose $ref points into a labelled choice', () => {
    const validate = compileFormSchema({ type: 'object', properties: { grade: choice('a', 'b'), best: { $ref: '#/properties/grade/oneOf/0' } } });
    expect(validate({ grade: 'b', best: 'a' })).toBe(true);
    expect(validate({ grade: 'b', best: 'b' })).toBe(false);
  });
});
