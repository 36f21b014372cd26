import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CRITERION_KINDS, KIND_NAMES, kindOf } from './index.js';
import { CriterionSchema } from '../../checklist/definition-schema.js';
import { definitionJsonSchema } from '../../checklist/definition-json-schema.js';

const root = new URL('../../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('criterion kind registry', () => {
  it('lists every kind file in functions/scoring/kinds, and nothing else', () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) => /^[a-z-]+\.ts$/.test(f) && !f.endsWith('.test.ts'));
    const kindFiles = files.filter((f) => readFileSync(new URL(f, import.meta.url), 'utf8').includes(': CriterionKind<'));
    expect(kindFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...KIND_NAMES].sort());
  });

  it.each(KIND_NAMES)('%s: its example target is a target of its own kind and of no other target shape it could be mistaken for', (name) => {
    const kind = kindOf(name);
    if (!kind.target) {
      expect(kind.grade(1, undefined as never, { criterion: {} as never })).toBeUndefined();
      return;
    }
    expect(v.is(kind.target.schema, JSON.parse(kind.target.example))).toBe(true);
    expect(kind.target.needs.zh.length).toBeGreaterThan(0);
    expect(kind.target.needs.en.length).toBeGreaterThan(0);
  });

  it('drives the definition schema: every registered kind is accepted, an unregistered one refused', () => {
    const base = { id: 'c1', section: 's', title: { zh: '项' }, clause: '一' };
    for (const kind of KIND_NAMES) expect(v.is(CriterionSchema, { ...base, kind })).toBe(true);
    expect(v.is(CriterionSchema, { ...base, kind: 'percentage' })).toBe(false);
  });

  it("drives the published JSON Schema: one target variant per kind that takes a target", () => {
    const schema = definitionJsonSchema() as { $defs: { Criterion: { allOf: { if: { properties: { kind: { const: string } } } }[] } } };
    const variants = schema.$defs.Criterion.allOf.map((x) => x.if.properties.kind.const);
    expect(variants).toEqual(KIND_NAMES.filter((name) => CRITERION_KINDS[name].target));
  });

  it('is the only place kinds are told apart: no code outside kinds/ names a kind or sniffs a target key', () => {
    const pattern = /'(equals|level|op|min)' in |kind\s*[!=]==\s*'(boolean|numeric|count|ordinal|coverage|info)'|case '(boolean|numeric|count|ordinal|coverage|info)'/;
    const offenders = [...sources(join(root, 'functions')), ...sources(join(root, 'web/src'))]
      .filter((path) => !path.includes('/scoring/kinds/'))
      .filter((path) => pattern.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});
