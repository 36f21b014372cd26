import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../functions/checklist/validate-definition.js';
import { checklistKit } from '../_shared/checklist-test-kit.js';
import type { ScoreResult } from '../../functions/scoring/result-types.js';

const { definition, compiled, sample, scoreOf, criterion } = checklistKit(new URL('./', import.meta.url));

/** Scores a sample, its context normalized first, after checking it is a well-formed submission for this checklist. */
function score(name: string): ScoreResult {
  const raw = sample(name);
  return scoreOf({ context: compiled.normalizeContext(raw.context), answers: raw.answers, evidence: raw.evidence ?? {} });
}

describe('linfen-talent-2020', () => {
  it('validates', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('a 48-year-old associate senior is an eligible discipline leader', () => {
    const r = score('leader-eligible');
    expect(r.total).toBe(100);
    expect(r.band?.label.zh).toBe('符合入选条件');
    expect(r.vetoHits).toEqual([]);
    expect(criterion(r, 'age').target?.text.zh).toBe('≤ 50岁（不高于）');
  });

  it('the same candidate is too old for the technical backbones (45 or under)', () => {
    const r = score('backbone-age-48');
    const age = criterion(r, 'age');
    expect(age.status).toBe('not-met');
    expect(age.target?.text.zh).toBe('≤ 45岁（不高于）');
    expect(age.gap?.text.zh).toBe('超出3岁');
    expect(criterion(r, 'title').status).toBe('met');
    expect(r.total).toBe(70);
    expect(r.vetoHits).toEqual(['age']);
    expect(r.band?.id).toBe('ineligible');
  });

  it('a 40-year-old with an intermediate title is an eligible backbone', () => {
    const r = score('backbone-eligible');
    expect(criterion(r, 'title').target?.note?.zh).toBe('千名技术骨干：中级以上');
    expect(r.total).toBe(100);
    expect(r.band?.id).toBe('eligible');
  });

  it('but not a discipline leader: the title must be 副高 or above', () => {
    const r = score('leader-title-intermediate');
    const title = criterion(r, 'title');
    expect(title.status).toBe('not-met');
    expect(title.actual?.text.zh).toBe('中级');
    expect(title.gap?.text.zh).toBe('差1级');
    expect(criterion(r, 'age').status).toBe('met');
    expect(r.vetoHits).toEqual(['title']);
    expect(r.band?.id).toBe('ineligible');
  });

  it('"50岁以下" includes 50: a 50-year-old qualifies, a 51-year-old does not', () => {
    expect(score('leader-age-50').band?.id).toBe('eligible');
    const r = score('leader-age-51');
    expect(criterion(r, 'age').gap?.text.zh).toBe('超出1岁');
    expect(r.vetoHits).toEqual(['age']);
    expect(r.band?.id).toBe('ineligible');
  });

  it('a candidate outside the five covered departments is not eligible, though no veto fires', () => {
    const r = score('outside-departments');
    expect(criterion(r, 'department').status).toBe('not-met');
    expect(r.total).toBe(80);
    expect(r.vetoHits).toEqual([]);
    expect(r.band?.id).toBe('ineligible');
  });

  it('a candidate failing every condition scores 0 with both vetoes', () => {
    const r = score('broad-fail');
    expect(r.total).toBe(0);
    expect(r.vetoHits).toEqual(['age', 'title']);
    expect(r.counts['not-met']).toBe(4);
    expect(criterion(r, 'age').gap?.text.zh).toBe('超出7岁');
  });

  it('keeps the programmes\' focus and aims as unscored info items', () => {
    const r = score('leader-eligible');
    for (const id of ['leader-hospitals', 'leader-goal']) {
      expect(criterion(r, id).status).toBe('info');
      expect(criterion(r, id).maxPoints).toBe(0);
    }
    // The backbone programme's aim is shown to backbone candidates only.
    expect(criterion(r, 'backbone-hospitals').status).toBe('not-applicable');
  });
});
