import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { resolvedDefinition } from '../../cli/standard-scales-file.js';
import { ValidationError } from '../../domain/errors.js';
import { createDefaultEngine } from './default-engine.js';
import { createScoringEngine } from './scoring-engine.js';

const folders = (await readdir('forms', { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name);

async function definitionOf(folder: string): Promise<Record<string, unknown>> {
  return resolvedDefinition(JSON.parse(await readFile(`forms/${folder}/checklist.json`, 'utf8'))) as Record<string, unknown>;
}

/** The error a `prepare` throws, or undefined. */
async function prepareError(prepare: () => unknown): Promise<unknown> {
  try {
    await prepare();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('the scoring Lambda’s engine (no Ajv, no RE2)', () => {
  it.each(folders)('scores every sample of %s exactly as the default engine does', async (folder) => {
    const definition = await definitionOf(folder);
    const full = createDefaultEngine();
    const light = createScoringEngine();
    const fullPrepared = await full.prepare(definition, 'x@1');
    const lightPrepared = await light.prepare(definition, 'x@1');
    expect(lightPrepared.warnings).toEqual(fullPrepared.warnings);
    const samples = (await readdir(`forms/${folder}/samples`)).filter((f) => f.endsWith('.json'));
    expect(samples.length).toBeGreaterThan(0);
    for (const file of samples) {
      const sample = JSON.parse(await readFile(`forms/${folder}/samples/${file}`, 'utf8'));
      const input = (p: typeof fullPrepared) => ({ context: p.normalizeContext(sample.context ?? {}), answers: sample.answers ?? {}, evidence: sample.evidence ?? {} });
      expect(light.score(lightPrepared, input(lightPrepared)), file).toEqual(full.score(fullPrepared, input(fullPrepared)));
    }
    expect(light.cached('x@1')).toBe(lightPrepared);
  });

  it('refuses a version stored before a check existed with the default engine’s code and issues', async () => {
    // A loop hidden inside var (see test/integration/unscorable-checklist.test.ts).
    const hostile = { ...(await definitionOf(folders[0]!)), derived: [{ id: 'bomb', title: { zh: '派生' }, expr: { '+': [{ var: [{ map: [[1, 2], { var: '' }] }] }, 1] } }] };
    const fromFull = await prepareError(() => createDefaultEngine().prepare(hostile));
    const fromLight = await prepareError(() => createScoringEngine().prepare(hostile));
    expect(fromLight).toBeInstanceOf(ValidationError);
    expect(fromLight).toMatchObject({ code: 'invalid-definition' });
    expect((fromLight as ValidationError).details).toEqual((fromFull as ValidationError).details);
    expect(JSON.stringify((fromLight as ValidationError).details)).toContain('expr-var');
  });

  it('does not check the form’s schema as JSON Schema, and says so if asked to check answers', async () => {
    const definition = await definitionOf(folders[0]!);
    const schema = definition.form as { schema: { properties: Record<string, unknown> } };
    // A lookahead: RE2 refuses it, so publishing refuses it; scoring reads no pattern.
    const withPattern = { ...definition, form: { ...schema, schema: { ...schema.schema, properties: { ...schema.schema.properties, note: { type: 'string', pattern: '^(?=a)a$' } } } } };
    expect(createDefaultEngine().validateDefinition(withPattern)).toMatchObject({ ok: false });
    const prepared = await createScoringEngine().prepare(withPattern);
    expect(() => prepared.validateAnswers({})).toThrow(/does not validate answers/);
  });
});
