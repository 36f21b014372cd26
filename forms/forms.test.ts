import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionJsonSchema } from '../functions/checklist/definition-json-schema.js';
import { validateDefinition } from '../functions/checklist/validate-definition.js';
import { compileChecklist } from '../functions/scoring/compile.js';
import { scoreSubmission } from '../functions/scoring/score.js';
import { unmetContext } from '../functions/scoring/unmet-context.js';
import { CJK, englishUnit } from '../functions/scoring/unit-words.js';
import { expandDefinition } from '../functions/checklist/generate-form.js';
import type { Localized } from '../functions/checklist/definition-schema.js';
import { resolvedDefinition } from './_shared/checklist-test-kit.js';

const here = new URL('./', import.meta.url);
const folders = readdirSync(here, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(new URL(`${e.name}/checklist.json`, here)))
  .map((e) => e.name);

/** The folder's checklist file, its standard scale references expanded as publishing expands them. */
const fileOf = (folder: string) => resolvedDefinition(JSON.parse(readFileSync(new URL(`${folder}/checklist.json`, here), 'utf8')));

/** A definition as an author who writes units only in Chinese gives it: every `unit` without its English. */
function chineseUnitsOnly(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(chineseUnitsOnly);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) =>
    [key, key === 'unit' && typeof value === 'object' && value !== null && 'zh' in value ? { zh: value.zh } : chineseUnitsOnly(value)]));
}

/** The folder's checklist as the engine reads it. */
const definitionOf = (folder: string) => compileChecklist(fileOf(folder)).definition;

describe('forms/', () => {
  it('holds checklists', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it.each(folders)('%s/checklist.json validates, its id matches its folder and it has an audit README', (folder) => {
    const result = validateDefinition(fileOf(folder));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) expect(result.definition.id).toBe(folder);
    expect(existsSync(new URL(`${folder}/README.md`, here))).toBe(true);
  });

  // Checks that several <folder>/checklist.test.ts make of their own checklist, run here for every checklist.
  it.each(folders)('%s/checklist.json is published', (folder) => {
    expect(definitionOf(folder).status).toBe('published');
  });

  it.each(folders)('%s has an English label for every form section and field', (folder) => {
    const { form } = definitionOf(folder);
    const en = form.i18n?.en ?? {};
    const schema = form.schema as { properties: Record<string, { properties?: Record<string, unknown> }> };
    for (const [section, node] of Object.entries(schema.properties)) {
      expect(en[`${section}.label`], section).toBeTruthy();
      for (const field of Object.keys(node.properties ?? {})) expect(en[`${section}.${field}.label`], `${section}.${field}`).toBeTruthy();
    }
  });

  it.each(folders)('%s reads in English without a Chinese unit where its units are given only in Chinese, and in Chinese as before', (folder) => {
    const own = compileChecklist(fileOf(folder));
    const stripped = chineseUnitsOnly(fileOf(folder)) as Record<string, unknown>;
    const chineseOnly = compileChecklist(stripped);
    // The form an author leaving it out gets: its English labels and help texts.
    const generated = (expandDefinition({ ...stripped, form: undefined }) as { form: { i18n?: { en: Record<string, string> } } }).form;
    expect(Object.entries(generated.i18n?.en ?? {}).filter(([, text]) => CJK.test(text))).toEqual([]);
    for (const file of readdirSync(new URL(`${folder}/samples/`, here)).filter((f) => f.endsWith('.json'))) {
      const sample = JSON.parse(readFileSync(new URL(`${folder}/samples/${file}`, here), 'utf8'));
      const texts = (compiled: typeof own) => scoreSubmission(compiled, sample).criteria.flatMap((c) => [
        c.actual?.text, c.target?.text, c.target?.note, c.gap?.text,
        ...unmetContext(compiled, c.id, sample.context).flatMap((u) => [u.actual, u.need]),
      ]).filter((t): t is Localized => !!t);
      const english = texts(chineseOnly).map((t) => t.en ?? '');
      expect(english.filter((text) => CJK.test(text)), file).toEqual([]);
      expect(texts(chineseOnly).map((t) => t.zh), file).toEqual(texts(own).map((t) => t.zh));
    }
  });

  it('words in English every Chinese unit the checklists use, should a new checklist give it only in Chinese', () => {
    const units = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'unit' && typeof value === 'object' && value !== null && 'zh' in value) units.add(String(value.zh));
          else collect(value);
        }
      }
    };
    folders.forEach((folder) => collect(fileOf(folder)));
    expect(units.size).toBeGreaterThan(10);
    // Undefined is "left out, unknown"; the table's empty word for the bare counter 个 is a choice.
    expect([...units].filter((zh) => englishUnit({ zh }) === undefined)).toEqual([]);
  });

  // The validator's warnings here: every choice option has English text, every title agrees with its target.
  it.each(folders)('%s/checklist.json validates without warnings', (folder) => {
    const result = validateDefinition(fileOf(folder));
    expect(result.ok ? result.warnings : result.issues).toEqual([]);
  });

  it.each(folders)('%s/README.md audits every criterion: a table row naming its id and its clause', (folder) => {
    const rows = readFileSync(new URL(`${folder}/README.md`, here), 'utf8').split('\n').filter((line) => line.startsWith('|'));
    const unaudited = definitionOf(folder).criteria
      .filter((c) => !rows.some((row) => row.includes(`\`${c.id}\``) && row.includes(c.clause.split('；')[0]!)))
      .map((c) => c.id);
    expect(unaudited).toEqual([]);
  });

  it.each(folders)('%s has samples, and each fits its form and context', (folder) => {
    const compiled = compileChecklist(fileOf(folder));
    const samples = readdirSync(new URL(`${folder}/samples/`, here)).filter((f) => f.endsWith('.json'));
    expect(samples.length).toBeGreaterThanOrEqual(2);
    for (const file of samples) {
      const sample = JSON.parse(readFileSync(new URL(`${folder}/samples/${file}`, here), 'utf8'));
      expect(compiled.validateAnswers(sample.answers), file).toEqual([]);
      expect(compiled.validateContext(compiled.normalizeContext(sample.context)), file).toEqual([]);
    }
  });

  it('publishes the current definition schema (npm run checklist -- schema --write forms/checklist.schema.json)', () => {
    const published = JSON.parse(readFileSync(new URL('checklist.schema.json', here), 'utf8'));
    expect(published).toEqual(definitionJsonSchema());
  });
});
