import { describe, expect, it } from 'vitest';
import { gradeNumeric, numericTargetText } from './numeric.js';

const pct = { zh: '%', en: '%' };
const beds = { zh: '张', en: 'beds' };

describe('gradeNumeric', () => {
  it('handles each operator at and around its bound', () => {
    expect(gradeNumeric(35, { op: '>=', value: 35 }, pct, undefined).fraction).toBe(1);
    expect(gradeNumeric(35, { op: '>', value: 35 }, pct, undefined).fraction).toBe(0);
    expect(gradeNumeric(30, { op: '<=', value: 30 }, pct, undefined).fraction).toBe(1);
    expect(gradeNumeric(30, { op: '<', value: 30 }, pct, undefined).fraction).toBe(0);
    expect(gradeNumeric(5, { op: '=', value: 5 }, beds, undefined).fraction).toBe(1);
  });

  it('accepts the inclusive range of "between" and says which side a miss is on', () => {
    const range = { op: 'between', min: 10, max: 15 } as const;
    expect(gradeNumeric(10, range, beds, undefined).fraction).toBe(1);
    expect(gradeNumeric(15, range, beds, undefined).fraction).toBe(1);
    expect(gradeNumeric(8, range, beds, undefined).gap?.text).toEqual({ zh: '差2张', en: '2 beds short' });
    expect(gradeNumeric(18, range, beds, undefined).gap?.text).toEqual({ zh: '超出3张', en: '3 beds over' });
  });

  it('gives linear credit below a ceiling target', () => {
    const grade = gradeNumeric(40, { op: '<', value: 30 }, pct, { mode: 'linear', from: 50 });
    expect(grade.fraction).toBeCloseTo(0.5);
    expect(grade.gap?.text.en).toBe('10 percentage points over');
  });

  it('never gives full credit to a value that misses a strict bound', () => {
    expect(gradeNumeric(35, { op: '>', value: 35 }, pct, { mode: 'linear', from: 0 }).fraction).toBeLessThan(1);
  });

  it('words targets in both languages', () => {
    expect(numericTargetText({ op: '>=', value: 35 }, pct)).toEqual({ zh: '≥ 35%（不低于）', en: 'at least 35%' });
    expect(numericTargetText({ op: 'between', min: 10, max: 15 }, beds)).toEqual({ zh: '10–15张', en: 'between 10 and 15 beds' });
    expect(numericTargetText({ op: 'about', value: 45, tolerance: 3 }, pct).zh).toBe('45%左右（±3个百分点）');
  });
});
