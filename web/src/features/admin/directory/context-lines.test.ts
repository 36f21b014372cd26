import { describe, expect, it } from 'vitest';
import { contextToLines, linesToContext } from './context-lines';

describe('context lines', () => {
  it('round-trips the values the form has no field for, numbers as numbers', () => {
    const context = { institutionType: 'general', hospital: 'renmin', beds: 120, grade: '3-b' };
    expect(contextToLines(context)).toBe('hospital=renmin\nbeds=120');
    expect(linesToContext('hospital=renmin\n\nbeds = 120\ncode=007')).toEqual({ values: { hospital: 'renmin', beds: 120, code: '007' } });
  });

  it('names the first line that is not key=value', () => {
    expect(linesToContext('a=1\nno equals sign')).toEqual({ badLine: 2 });
    expect(linesToContext('=5')).toEqual({ badLine: 1 });
  });
});
