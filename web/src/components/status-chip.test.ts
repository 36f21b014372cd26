import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import type { CriterionStatus } from '../lib/engine';
import { StatusChip } from './StatusChip';

const render = (status: CriterionStatus, size?: 'small' | 'medium') => renderToStaticMarkup(createElement(I18nProvider, null, createElement(StatusChip, { status, size })));

describe('StatusChip', () => {
  it('says each status in words, with the status for its colour and for tests', () => {
    expect(render('met')).toBe('<span class="status-chip status-chip-small" data-status="met">达标</span>');
    expect(render('missing')).toContain('>待填</span>');
    expect(render('not-applicable', 'medium')).toMatch(/class="status-chip status-chip-medium" data-status="not-applicable">不适用</);
  });

  it('calls an unanswered criterion of a submitted result 未填写, not 待填 (nothing is left to fill)', () => {
    const final = (status: CriterionStatus) => renderToStaticMarkup(createElement(I18nProvider, null, createElement(StatusChip, { status, final: true })));
    expect(final('missing')).toContain('data-status="missing">未填写</span>');
    expect(final('not-met')).toContain('>未达标</span>');
  });

  // Why it is plain: one renders per criterion on a form's first paint, and MUI's Chip was two
  // Emotion-styled elements each.
  it('renders no MUI (Emotion-styled) element', () => {
    for (const status of ['met', 'partial', 'not-met', 'not-applicable', 'missing', 'info'] as const) expect(render(status)).not.toMatch(/Mui/);
  });
});
