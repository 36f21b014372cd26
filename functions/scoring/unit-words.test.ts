import { describe, expect, it } from 'vitest';
import { CJK, englishUnit } from './unit-words.js';
import { quantity } from './words.js';
import { gradeNumeric, numericTargetText } from './kinds/numeric.js';

describe('englishUnit', () => {
  it("prefers the definition's own English, and falls back to the table where it has none", () => {
    expect(englishUnit({ zh: '家', en: 'centres' })).toBe('centres');
    expect(englishUnit({ zh: '家' })).toBe('institutions');
    // Chinese copied into the English box is treated as no English at all.
    expect(englishUnit({ zh: '张', en: '张' }, 30)).toBe('beds');
    expect(englishUnit({ zh: '张', en: ' ' }, 30)).toBe('beds');
  });

  it('says "1 bed" but "100 beds", and keeps units that are already international', () => {
    expect(quantity(1, { zh: '张' }).en).toBe('1 bed');
    expect(quantity(100, { zh: '张' }).en).toBe('100 beds');
    expect(quantity(0.5, { zh: '小时' }).en).toBe('0.5 hours');
    expect(quantity(35, { zh: '%' }).en).toBe('35%');
    expect(quantity(12, { zh: 'km' }).en).toBe('12 km');
  });

  it('multiplies out an amount in ten-thousands rather than writing "35 10k residents"', () => {
    expect(quantity(35, { zh: '万人', en: '10k residents' }).en).toBe('350,000 residents');
    expect(quantity(300, { zh: '万元' }).en).toBe('3,000,000 yuan');
    expect(quantity(1.25, { zh: '万元', en: '10k yuan' })).toEqual({ zh: '1.25万元', en: '12,500 yuan' });
    expect(quantity(2, { zh: '亿元' }).en).toBe('200,000,000 yuan');
    expect(quantity(5, { zh: '千人' }).en).toBe('5,000 people');
    // The field's label keeps the scale it is filled in; a plain unit keeps its number as it was.
    expect(englishUnit({ zh: '万人', en: '10k residents' })).toBe('10k residents');
    expect(quantity(12000, { zh: '张' }).en).toBe('12000 beds');
    expect(quantity(3, { zh: '千米' }).en).toBe('3 km');
  });

  it('reads a unit per something part by part ("beds per 1,000 people")', () => {
    expect(quantity(6, { zh: '张/千人' }).en).toBe('6 beds per 1,000 people');
    expect(quantity(1, { zh: '平方米/床' }).en).toBe('1 m² per bed');
    expect(englishUnit({ zh: '张/某某' })).toBeUndefined();
  });

  it('leaves out a Chinese unit it does not know, and the bare counter 个, keeping the number', () => {
    expect(quantity(12, { zh: '床日' })).toEqual({ zh: '12床日', en: '12' });
    expect(quantity(3, { zh: '个' })).toEqual({ zh: '3个', en: '3' });
  });
});

describe('English target, actual and gap of a criterion whose unit is Chinese only', () => {
  const beds = { zh: '张' };

  it('words targets in English without Chinese, and the Chinese as before', () => {
    const targets = [
      numericTargetText({ op: '>=', value: 100 }, beds),
      numericTargetText({ op: 'between', min: 10, max: 15 }, { zh: '分钟' }),
      numericTargetText({ op: 'about', value: 45, tolerance: 3, direction: 'at-least' }, { zh: '人次' }),
      numericTargetText({ op: '<=', value: 20 }, { zh: '公里' }),
      numericTargetText({ op: '>=', value: 2 }, { zh: '某单位' }),
      numericTargetText({ op: 'between', min: 30, max: 50 }, { zh: '万人', en: '10k residents' }),
    ];
    expect(targets.map((t) => t.en)).toEqual([
      'at least 100 beds', 'between 10 and 15 minutes', 'about 45 person-times or more (at least 42 person-times)', 'at most 20 km', 'at least 2',
      'between 300,000 and 500,000 residents',
    ]);
    expect(targets.map((t) => t.zh)).toEqual(['≥ 100张（不低于）', '10–15分钟', '45人次左右（不低于42人次，高于不限）', '≤ 20公里（不高于）', '≥ 2某单位（不低于）', '30–50万人']);
    for (const t of targets) expect(t.en).not.toMatch(CJK);
  });

  it('words the gap in English units', () => {
    expect(gradeNumeric(99, { op: '>=', value: 100 }, beds, undefined).gap?.text).toEqual({ zh: '差1张', en: '1 bed short' });
    expect(gradeNumeric(130, { op: '>=', value: 100 }, beds, undefined).gap).toBeNull();
    expect(gradeNumeric(25, { op: '<=', value: 20 }, { zh: '分钟' }, undefined).gap?.text).toEqual({ zh: '超出5分钟', en: '5 minutes over' });
  });
});
