import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionJsonSchema } from '../functions/checklist/definition-json-schema.js';
import { validateDefinition } from '../functions/checklist/validate-definition.js';

const here = new URL('./', import.meta.url);
const folders = readdirSync(here, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(new URL(`${e.name}/checklist.json`, here)))
  .map((e) => e.name);

describe('forms/', () => {
  it('holds checklists', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it.each(folders)('%s/checklist.json validates, its id matches its folder and it has an audit README', (folder) => {
    const result = validateDefinition(JSON.parse(readFileSync(new URL(`${folder}/checklist.json`, here), 'utf8')));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) expect(result.definition.id).toBe(folder);
    expect(existsSync(new URL(`${folder}/README.md`, here))).toBe(true);
  });

  it('publishes the current definition schema (npm run checklist -- schema --write forms/checklist.schema.json)', () => {
    const published = JSON.parse(readFileSync(new URL('checklist.schema.json', here), 'utf8'));
    expect(published).toEqual(definitionJsonSchema());
  });
});
