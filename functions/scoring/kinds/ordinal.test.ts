import { describe, expect, it } from 'vitest';
import { gradeOrdinal, ordinalTargetText } from './ordinal.js';

const interop = {
  title: { zh: '互联互通' },
  levels: ['1', '2', '3', '4b', '4a', '5b', '5a'].map((value) => ({ value, label: { zh: value, en: value } })),
};

describe('gradeOrdinal', () => {
  it('orders levels by the scale, so 四级乙等 is below 四级甲等', () => {
    expect(gradeOrdinal('4b', { op: '>=', level: '4a' }, interop, undefined).fraction).toBe(0);
    expect(gradeOrdinal('5b', { op: '>=', level: '4a' }, interop, undefined).fraction).toBe(1);
  });

  it('counts levels short and gives linear credit from a stated level', () => {
    const grade = gradeOrdinal('2', { op: '>=', level: '4b' }, interop, { mode: 'linear', from: '1' });
    expect(grade.gap?.text.zh).toBe('差2级');
    expect(grade.fraction).toBeCloseTo(1 / 3);
  });

  it('words the target with the level label', () => {
    expect(ordinalTargetText({ op: '>=', level: '3' }, interop)).toEqual({ zh: '不低于3', en: 'at least 3' });
  });

  it('writes an English level label in lower case inside the sentence, but keeps an acronym', () => {
    const progress = {
      title: { zh: '进展' },
      levels: [
        { value: 'started', label: { zh: '已开工', en: 'Construction started' } },
        { value: 'emr4', label: { zh: '电子病历4级', en: 'EMR level 4' } },
      ],
    };
    expect(ordinalTargetText({ op: '>=', level: 'started' }, progress).en).toBe('at least construction started');
    expect(ordinalTargetText({ op: '>=', level: 'emr4' }, progress).en).toBe('at least EMR level 4');
  });
});
