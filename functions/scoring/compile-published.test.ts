import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition } from '../checklist/definition-schema.js';
import { compileFormSchema } from '../checklist/form-validator.js';
import { resolvedDefinition } from '../cli/standard-scales-file.js';
import { compileChecklist } from './compile.js';
import { compilePublished } from './compile-published.js';
import { scoreSubmission } from './score.js';

const folders = (await readdir('forms', { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name);

describe('compilePublished (a definition the server already validated)', () => {
  it.each(folders)('scores and checks answers of %s exactly as compileChecklist does', async (folder) => {
    const definition = resolvedDefinition(JSON.parse(await readFile(`forms/${folder}/checklist.json`, 'utf8'))) as ChecklistDefinition;
    const full = compileChecklist(definition);
    const published = compilePublished(definition, compileFormSchema(definition.form.schema as Record<string, unknown>));
    const samples = (await readdir(`forms/${folder}/samples`)).filter((f) => f.endsWith('.json'));
    for (const file of samples) {
      const sample = JSON.parse(await readFile(`forms/${folder}/samples/${file}`, 'utf8'));
      const submission = { context: sample.context ?? {}, answers: sample.answers ?? {}, evidence: sample.evidence ?? {} };
      expect(scoreSubmission(published, submission)).toEqual(scoreSubmission(full, submission));
      expect(published.validateAnswers(sample.answers)).toEqual(full.validateAnswers(sample.answers));
    }
    const junk = { nope: 1, [Object.keys(definition.form.schema.properties ?? {})[0] ?? 'x']: 'not what the form wants' };
    expect(published.validateAnswers(junk)).toEqual(full.validateAnswers(junk));
    expect(published.validateAnswers(junk).length).toBeGreaterThan(0);
  });
});
