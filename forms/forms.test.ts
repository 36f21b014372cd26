import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionJsonSchema } from '../functions/checklist/definition-json-schema.js';
import { validateDefinition } from '../functions/checklist/validate-definition.js';
import { compileChecklist } from '../functions/scoring/compile.js';
import { resolvedDefinition } from './_shared/checklist-test-kit.js';

const here = new URL('./', import.meta.url);
const folders = readdirSync(here, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(new URL(`${e.name}/checklist.json`, here)))
  .map((e) => e.name);

/** The folder's checklist file, its standard scale references expanded as publishing expands them. */
const fileOf = (folder: string) => resolvedDefinition(JSON.parse(readFileSync(new URL(`${folder}/checklist.json`, here), 'utf8')));

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
