import { describe, expect, it } from 'vitest';
import { en } from './messages';

/*
 * The app's type face is a Chinese one (Noto Sans CJK SC first, mui-theme.ts), which sets the
 * curly apostrophe ’ full width: "this checklist’s context" read "checklist’ s" on the new-round
 * page. English strings write the straight apostrophe, as most of them already did.
 */
describe('English punctuation', () => {
  it('no string writes the curly apostrophe, which the Chinese type face sets as a wide gap', () => {
    const offending = Object.entries(en).filter(([, text]) => text.includes('’'));
    expect(offending.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
