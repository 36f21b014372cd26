import { describe, expect, it } from 'vitest';
import { en } from './messages';

/*
 * English has one form for 1 and another for the rest; `t` fills a number in and knows no plural
 * rules, so "{n} regions" read "1 regions" on the expert's home. A count is written as a label
 * before it ("Regions: {n}") or in a phrase that never counts one. The noun may stand up to two words
 * after the number ("{n} more assigned rounds").
 */
// Counts that are never 1 where they show (the first rows of a long heat map, a total larger than the
// experts shown, a password's minimum length).
const ALLOWED = new Set(['dash.heatmapRows', 'rounds.expertsMore', 'password.issue.password-too-short']);
// A number before a verb ending in s ("{id} version {version} already exists") is no count, and
// "pts" is an abbreviation that reads as a unit ("1 pts" as "1 km").
const NOT_COUNTED = new Set(['exists', 'is', 'was', 'has', 'does', 'pts']);

describe('English counts', () => {
  it('no string puts a number straight before a plural noun ("1 regions")', () => {
    const plural = /\{(\w+)\}((?: [a-z]+){0,2}) ([a-z]+s)\b/;
    const offending = Object.entries(en).filter(([key, text]) => {
      const match = plural.exec(text);
      return match && !ALLOWED.has(key) && !NOT_COUNTED.has(match[3]!);
    });
    expect(offending.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
