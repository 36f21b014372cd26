import { describe, expect, it } from 'vitest';
import { conditionWords } from './condition-words';

describe('conditionWords', () => {
  it('words context matches, lists, comparisons and combinators', () => {
    const c = { context: { institutionType: ['county-general', 'county-tcm'], population: { gte: 30 } }, any: [{ values: { hasIcu: true } }, { not: { context: { grade: '3-a' } } }] };
    expect(conditionWords(c).zh).toBe('institutionType ∈ {county-general, county-tcm} 且 population ≥ 30 且 (hasIcu = true 或 非(grade = 3-a))');
    expect(conditionWords(c).en).toBe('institutionType ∈ {county-general, county-tcm} and population ≥ 30 and (hasIcu = true or not (grade = 3-a))');
  });

  it('no condition reads as always applying', () => {
    expect(conditionWords(undefined)).toEqual({ zh: '始终适用', en: 'always' });
  });
});
