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

describe('linfen-region-2020', () => {
  it('validates', () => {
    const result = validateDefinition(definition);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('a city meeting every city-wide target is 优秀', () => {
    const r = score('city-all-met');
    expect(r.total).toBe(100);
    expect(r.band?.label.zh).toBe('优秀');
    expect(r.vetoHits).toEqual([]);
    expect(criterion(r, 'backbone-county-share').actual?.value).toBe(80);
    expect(criterion(r, 'general-preventive').actual?.value).toBe(30);
    expect(criterion(r, 'village-clinic-coverage').actual?.value).toBe(90);
    expect(criterion(r, 'key-specialties').status).toBe('info');
    expect(criterion(r, 'township-basic').actual?.value).toBe(100);
  });

  it('a city far from the targets is 不合格 with partial credit where progress counts', () => {
    const r = score('city-broad-fail');
    expect(r.total).toBe(42.5);
    expect(r.band?.id).toBe('fail');
    const share = criterion(r, 'backbone-county-share');
    expect(share.actual?.value).toBe(62.5);
    expect(share.status).toBe('not-met');
    expect(share.gap?.text.zh).toBe('差17.5个百分点');
    const trauma = criterion(r, 'county-trauma');
    expect(trauma.status).toBe('partial');
    expect(trauma.gap?.text.zh).toBe('差12个');
    expect(trauma.points).toBeCloseTo((5 * 5) / 17, 2);
    expect(criterion(r, 'county-maternal').status).toBe('met');
    expect(criterion(r, 'national-specialties').status).toBe('not-met');
    expect(criterion(r, 'leader-departments').gap?.missingItems).toEqual(['laboratory', 'imaging', 'pathology']);
    expect(criterion(r, 'village-clinic-coverage').actual?.value).toBe(60);
    expect(criterion(r, 'general-preventive').gap?.text.zh).toBe('差15个百分点');
  });

  it('keeps the 力争 aims and unquantified clauses as unscored info items with their actual values', () => {
    const r = score('city-broad-fail');
    const info = r.criteria.filter((c) => c.kind === 'info');
    expect(info).toHaveLength(17);
    expect(info.every((c) => c.status === 'info' && c.maxPoints === 0)).toBe(true);
    expect(criterion(r, 'key-specialties').actual?.text.zh).toBe('4个');
    expect(criterion(r, 'township-basic').actual?.value).toBe(59.6);
    expect(criterion(r, 'backbones').actual?.text.zh).toBe('800人');
    expect(r.sections.find((s) => s.id === 'principles')?.score).toBeNull();
  });

  it('thresholds are inclusive: 80.0% and 90.0% meet, 79.9% and 89.9% do not', () => {
    const exact = score('threshold-exact');
    expect(criterion(exact, 'backbone-county-share').status).toBe('met');
    expect(criterion(exact, 'village-clinic-coverage').status).toBe('met');
    const below = score('threshold-just-below');
    expect(criterion(below, 'backbone-county-share').status).toBe('not-met');
    expect(criterion(below, 'backbone-county-share').actual?.value).toBe(79.9);
    expect(criterion(below, 'village-clinic-coverage').status).toBe('partial');
    expect(criterion(below, 'village-clinic-coverage').gap?.text.zh).toBe('差0.1个百分点');
    expect(below.total).toBe(91.4);
  });
});
