import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { loadLanguage } from '../../../i18n/load-catalogues';
import type { Criterion, CriterionResult } from '../../../lib/engine';
import { LiveContext, type LiveState } from '../live-context';
import { CriterionStatus } from './CriterionStatus';

const criterion = { id: 'beds', section: 'facilities', title: { zh: '床位数', en: 'Beds' }, clause: '二(1)', kind: 'numeric', value: { field: 'facilities.beds' } } as unknown as Criterion;
const result: CriterionResult = {
  id: 'beds', section: 'facilities', title: { zh: '床位数', en: 'Beds' }, clause: '二(1)', kind: 'numeric', status: 'met',
  actual: { value: 120, text: { zh: '120张', en: '120 beds' } },
  target: { text: { zh: '≥ 100张（不低于）', en: 'at least 100 beds' }, note: { zh: '含家庭病床', en: 'home beds included' } },
  points: 5, maxPoints: 5, gap: null, veto: false, evidence: { required: false, provided: 0 },
};
const live: LiveState = { results: new Map([['beds', result]]), submissionId: 's', readOnly: false, evidence: {}, setEvidence: () => undefined };

const render = () => renderToStaticMarkup(createElement(I18nProvider, null, createElement(LiveContext.Provider, { value: live }, createElement(CriterionStatus, { criterion }))));
const text = (html: string) => html.replace(/<[^>]+>/g, '');

afterEach(() => vi.unstubAllGlobals());

describe('CriterionStatus under a field', () => {
  it('puts a target note in full-width brackets in Chinese', () => {
    expect(text(render())).toContain('目标：≥ 100张（不低于）（含家庭病床）');
    expect(text(render())).not.toContain('(含家庭病床)');
  });

  it('and in ASCII brackets after a space in English', async () => {
    await loadLanguage('en');
    vi.stubGlobal('localStorage', { getItem: () => 'en', setItem: () => undefined });
    expect(text(render())).toContain('at least 100 beds (home beds included)');
  });
});
