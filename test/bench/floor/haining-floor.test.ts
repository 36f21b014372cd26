import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createDefaultEngine } from '../../../functions/adapters/engine/default-engine.js';
import type { ChecklistDefinition } from '../../../functions/checklist/definition-schema.js';
import { resolvedDefinition } from '../../../functions/cli/standard-scales-file.js';
import { hainingFloor, type FloorResult } from './haining-floor.js';
import { gradeWithJsonLogic, toJsonLogic } from './json-logic-rules.js';

/**
 * The engine bench compares the engine with a hand-written floor and with JsonLogic rules; the
 * comparison is honest only if all three grade alike. They must agree on every sample, and on
 * variations of each that move its statuses (answers removed, evidence removed, other years).
 */
const definition = resolvedDefinition(JSON.parse(await readFile('forms/haining-hospital-2023/checklist.json', 'utf8'))) as ChecklistDefinition;
const dir = 'forms/haining-hospital-2023/samples';
const samples = await Promise.all(
  (await readdir(dir)).filter((f) => f.endsWith('.json')).map(async (f) => [f, JSON.parse(await readFile(`${dir}/${f}`, 'utf8'))] as const),
);

function variations(sample: { context: Record<string, unknown>; answers: Record<string, Record<string, unknown>>; evidence?: Record<string, unknown[]> }) {
  const out = [{ what: 'as given', context: sample.context, answers: sample.answers, evidence: sample.evidence ?? {} }];
  out.push({ what: 'no evidence', context: sample.context, answers: sample.answers, evidence: {} });
  for (const year of [2023, 2024, 2025]) out.push({ what: `year ${year}`, context: { ...sample.context, year }, answers: sample.answers, evidence: sample.evidence ?? {} });
  // Every other answer of each section dropped: unanswered and derived-from-missing values.
  const thinned = Object.fromEntries(Object.entries(sample.answers).map(([s, fields]) => [s, Object.fromEntries(Object.entries(fields ?? {}).filter((_, i) => i % 2 === 0))]));
  out.push({ what: 'half the answers', context: sample.context, answers: thinned, evidence: sample.evidence ?? {} });
  return out;
}

describe('the engine bench’s floor and JsonLogic peer', () => {
  const engine = createDefaultEngine();
  const prepared = engine.prepare(definition);
  const rules = toJsonLogic(definition);

  it('has samples to check against', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
    expect(definition.criteria).toHaveLength(61);
  });

  it.each(samples)('grade %s exactly as the engine does', (_file, sample) => {
    for (const c of variations(sample)) {
      const context = prepared.normalizeContext(c.context);
      const result = engine.score(prepared, { context, answers: c.answers, evidence: c.evidence as never });
      const expected: FloorResult = {
        statuses: Object.fromEntries(result.criteria.map((r) => [r.id, r.status])),
        points: Object.fromEntries(result.criteria.map((r) => [r.id, r.points])),
        total: result.total,
        band: result.band?.id ?? null,
        vetoHits: result.vetoHits,
      };
      expect({ what: c.what, ...hainingFloor(context, c.answers, c.evidence) }).toEqual({ what: c.what, ...expected });
      expect({ what: c.what, ...gradeWithJsonLogic(definition, rules, { context, answers: c.answers, evidence: c.evidence }) }).toEqual({ what: c.what, ...expected });
    }
  });

  it('the floor refuses a total where the engine finds context problems', () => {
    const [, sample] = samples[0]!;
    const context = prepared.normalizeContext({ ...sample.context, institutionType: 'specialty', hospital: 'renmin' });
    expect(engine.score(prepared, { context, answers: sample.answers, evidence: {} }).total).toBeNull();
    expect(hainingFloor(context, sample.answers, {}).total).toBeNull();
  });
});
