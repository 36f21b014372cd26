import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT, muiTheme } from './mui-theme';

const css = readFileSync(new URL('./base.css', import.meta.url), 'utf8');
const body = /\nbody \{([^}]*)\}/.exec(css)![1]!;
const value = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1]?.trim();

// base.css stands in for CssBaseline on the plain pages: if it and the theme drift apart, text
// jumps when a MUI page (themed by mui-theme.ts) follows a plain one.
describe('base.css', () => {
  it('sets the body in the theme\'s type face, body1 size and line height, text and background colours', () => {
    expect(value('font-family')).toBe(FONT);
    expect(value('font-size')).toBe(muiTheme.typography.body1.fontSize);
    expect(Number(value('line-height'))).toBe(muiTheme.typography.body1.lineHeight);
    expect(value('color')?.replace(/\s/g, '')).toBe(muiTheme.palette.text.primary.replace(/\s/g, ''));
    expect(value('background-color')).toBe(muiTheme.palette.background.default);
    expect(value('margin')).toBe('0');
  });

  it('adds no letter spacing, as the theme adds none to a type face other than Roboto', () => {
    expect(muiTheme.typography.body1.letterSpacing).toBeUndefined();
    expect(css).not.toMatch(/letter-spacing/);
  });
});
