import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { compile } from '../../../lib/engine';
import { previewScore } from '../../filling/live-score';
import { repoChecklists } from '../../filling/repo-checklists.test-helper';
import { OnSiteScore } from './OnSiteScore';

const haining = compile(Object.entries(repoChecklists).find(([path]) => path.includes('/haining-hospital-2023/'))![1]);
const context = { year: 2025, round: 'final', hospital: 'renmin', institutionType: 'general', grade: '3-b' };
const score = (answers: Record<string, unknown>) => previewScore(haining, { context, answers, evidence: {} });
/** The text of each side's band, as the bar shows it. */
function bands(html: string): string[] {
  return [...html.matchAll(/data-testid="band"[^>]*>(.*?)<\/span><\/div>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').trim());
}

describe('the expert\'s on-site score bar', () => {
  it('shows no band for a blank on-site draft, beside the handed-in self-evaluation\'s band as scored', () => {
    const self = score({ digital: { emrLevel: '5', interopLevel: '4a', aiApplied: true } });
    const html = renderToStaticMarkup(createElement(I18nProvider, null, createElement(OnSiteScore, { expert: score({}), self, stage: 'draft' })));
    const [expert, institution] = bands(html);
    expect(expert).toBe('尚未填写');
    // The institution's evaluation was handed in: its band is the scored one, never 暂定.
    expect(institution).toBe(self.band!.label.zh);
  });
});
