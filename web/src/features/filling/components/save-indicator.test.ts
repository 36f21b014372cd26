import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import type { SaveState } from '../use-autosave';
import { SaveIndicator } from './SaveIndicator';

const render = (state: SaveState) => renderToStaticMarkup(createElement(I18nProvider, null, createElement(SaveIndicator, { state })));
const today = new Date();
today.setHours(12, 25, 0, 0);

describe('SaveIndicator', () => {
  it('says 已保存 with the time once the user\'s edit is saved', () => {
    expect(render({ kind: 'saved', at: today })).toContain('>已保存 12:25<');
  });

  it('names a freshly opened draft\'s save as its last one, never as if the user had just saved', () => {
    const html = render({ kind: 'saved', at: today, opened: true });
    expect(html).toContain('>上次保存 12:25<');
    expect(html).not.toContain('已保存');
  });

  it('gives the date too when the opened draft was last saved on another day', () => {
    const earlier = new Date(2025, 2, 14, 9, 5);
    const html = render({ kind: 'saved', at: earlier, opened: true });
    expect(html).toMatch(/上次保存 2025年3月14日 09:05</);
  });
});
