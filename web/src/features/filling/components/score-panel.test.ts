import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { compile, type ResultStage } from '../../../lib/engine';
import { previewScore } from '../live-score';
import { repoChecklists } from '../repo-checklists.test-helper';
import { ScorePanel } from './ScorePanel';

const haining = Object.entries(repoChecklists).find(([path]) => path.includes('/haining-hospital-2023/'))![1];
const compiled = compile(haining);
const context = { year: 2025, round: 'final', hospital: 'renmin', institutionType: 'general', grade: '3-b' };

function band(answers: Record<string, unknown>, stage: ResultStage = 'draft') {
  const result = previewScore(compiled, { context, answers, evidence: {} });
  const html = renderToStaticMarkup(createElement(I18nProvider, null, createElement(ScorePanel, { result, stage, onSection: () => {} })));
  return { result, text: /data-testid="live-band"[^>]*>(.*?)<\/div>/s.exec(html)![1]!.replace(/<[^>]+>/g, ' ') };
}

describe('the score panel\'s band on a draft', () => {
  it('shows no band on a blank self-evaluation, not 不合格', () => {
    const { result, text } = band({});
    // The engine's own band for no answers is the lowest one: that is what must not show.
    expect(result.bandBeforeVeto?.label.zh).toBe('不合格');
    expect(text).toContain('尚未填写');
    expect(text).not.toContain('不合格');
  });

  it('marks the band provisional, with the count still to fill, once something is answered', () => {
    const { result, text } = band({ digital: { emrLevel: '5', interopLevel: '4a', aiApplied: true } });
    expect(result.counts.missing).toBeGreaterThan(0);
    expect(result.counts.met + result.counts['not-met'] + result.counts.partial).toBeGreaterThan(0);
    expect(text).toContain(result.bandBeforeVeto!.label.zh);
    expect(text).toContain(`暂定，${result.counts.missing} 项待填`);
  });

  it('shows a handed-in result\'s band as scored, without 暂定', () => {
    const { result, text } = band({}, 'final');
    expect(text).toContain(result.band!.label.zh);
    expect(text).not.toContain('暂定');
    expect(text).not.toContain('尚未填写');
  });
});

describe('the score panel\'s sections', () => {
  // Beside criteria scored in points (0/2 分), "0 / 100" read as points too: it is a share of the section's points.
  it('give each section\'s figure as a share of its points', () => {
    const result = previewScore(compiled, { context, answers: { digital: { emrLevel: '5', interopLevel: '4a', aiApplied: true } }, evidence: {} });
    const scored = result.sections.find((s) => s.score !== null)!;
    const html = renderToStaticMarkup(createElement(I18nProvider, null, createElement(ScorePanel, { result, stage: 'draft', onSection: () => {} })));
    const figures = [...html.matchAll(/class="score-panel-score">([^<]*)</g)].map((m) => m[1]);
    expect(figures).toContain(`得分率 ${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(scored.score!)}%`);
    expect(figures.filter((f) => f!.includes('/ 100'))).toEqual([]);
  });
});
