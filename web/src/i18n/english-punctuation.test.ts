import { describe, expect, it } from 'vitest';
import { en } from './messages';

/*
 * The app's type face is a Chinese one (Noto Sans CJK SC first, mui-theme.ts), which sets the
 * curly apostrophe ’ full width: "this checklist’s context" read "checklist’ s" on the new-round
 * page, and “Context” a wide gap either side. English strings write straight apostrophes and quotes.
 */
describe('English punctuation', () => {
  it('no string writes a curly apostrophe or quote, which the Chinese type face sets as a wide gap', () => {
    const offending = Object.entries(en).filter(([, text]) => /[‘’“”]/.test(text));
    expect(offending.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
