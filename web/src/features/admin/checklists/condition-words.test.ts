import { describe, expect, it } from 'vitest';
import { en, zh } from '../../../i18n/messages';
import { conditionWords } from './condition-words';

const joiners = (m: typeof en) => ({ and: m['cl.cond.and'], or: m['cl.cond.or'], not: m['cl.cond.not'], always: m['cl.cond.always'] });

describe('conditionWords', () => {
  it('words context matches, lists, comparisons and combinators', () => {
    const c = { context: { institutionType: ['county-general', 'county-tcm'], population: { gte: 30 } }, any: [{ values: { hasIcu: true } }, { not: { context: { grade: '3-a' } } }] };
    expect(conditionWords(c, joiners(zh))).toBe('institutionType ∈ {county-general, county-tcm} 且 population ≥ 30 且 (hasIcu = true 或 非(grade = 3-a))');
    expect(conditionWords(c, joiners(en))).toBe('institutionType ∈ {county-general, county-tcm} and population ≥ 30 and (hasIcu = true or not (grade = 3-a))');
  });

  it('no condition reads as always applying', () => {
    expect(conditionWords(undefined, joiners(zh))).toBe('始终适用');
    expect(conditionWords(undefined, joiners(en))).toBe('always');
    expect(conditionWords({}, joiners(en))).toBe('always');
  });
});
