import { describe, expect, it } from 'vitest';
import { createDefaultEngine } from '../../../../functions/adapters/engine/default-engine.js';
import { compile, digestInputHash, type Submission } from '../../lib/engine.js';
import { repoChecklists } from './repo-checklists.test-helper.js';
import { previewScore } from './live-score.js';

const definitions = repoChecklists;
const samples = import.meta.glob<Submission>('../../../../forms/*/samples/*.json', { eager: true, import: 'default' });
const folder = (path: string) => path.split('/forms/')[1]!.split('/')[0]!;

describe('the live preview', () => {
  const server = createDefaultEngine();
  const entries = Object.entries(samples);

  it('covers every sample in forms/*/samples', () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
  });

  it.each(entries.map(([path, sample]) => [path.split('/forms/')[1]!, path, sample] as const))('equals the server score for %s', async (_name, path, sample) => {
    const definition = Object.entries(definitions).find(([p]) => folder(p) === folder(path))![1];
    // The server side exactly as the scorer runs it: prepared by the engine port, context normalized.
    const prepared = server.prepare(definition, `${folder(path)}@${definition.version}`);
    const expected = server.score(prepared, { context: prepared.normalizeContext(sample.context), answers: sample.answers, evidence: sample.evidence ?? {} });
    const preview = previewScore(compile(definition), { context: sample.context, answers: sample.answers, evidence: sample.evidence ?? {} });
    // Everything but the hash, which the preview skips; the browser's WebCrypto hash matches the server's.
    expect(preview).toEqual({ ...expected, inputHash: '' });
    const submission = { context: prepared.normalizeContext(sample.context), answers: sample.answers, evidence: sample.evidence ?? {} };
    expect(await digestInputHash(expected.checklist, submission)).toBe(expected.inputHash);
  });
});

describe('an answer the server would refuse', () => {
  const sample = samples['../../../../forms/haining-hospital-2023/samples/renmin-2025-all-met.json']!;
  const definition = Object.entries(definitions).find(([p]) => folder(p) === 'haining-hospital-2023')![1];
  const compiled = compile(definition);
  const debtCriterion = definition.criteria.find((c) => 'value' in c && (c.value as { field?: string }).field === 'reform.legacyDebt')!;
  const withDebt = (debt: unknown) => {
    const answers = structuredClone(sample.answers) as Record<string, Record<string, unknown>>;
    answers.reform = { ...answers.reform, legacyDebt: debt };
    return previewScore(compiled, { context: sample.context, answers, evidence: sample.evidence ?? {} });
  };

  it('is not scored: a negative debt (below the schema minimum 0) leaves its criterion to fill, not met', () => {
    expect(withDebt(0).criteria.find((c) => c.id === debtCriterion.id)?.status).toBe('met');
    const refused = withDebt(-5);
    expect(refused.criteria.find((c) => c.id === debtCriterion.id)?.status).toBe('missing');
    expect(refused.total ?? 0).toBeLessThan(withDebt(0).total ?? 0);
  });
});
