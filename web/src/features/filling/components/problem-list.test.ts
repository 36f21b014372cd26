import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import { ProblemList } from './ProblemList';

const render = (unanswered: number) =>
  renderToStaticMarkup(createElement(I18nProvider, null, createElement(ProblemList, { problems: [], unanswered, labelOf: (p) => p, criterionTitle: (id) => id, onGo: () => {} })));

describe('ProblemList with nothing blocking', () => {
  it('says how many criteria are still unanswered, and that they earn no points once submitted', () => {
    const html = render(38);
    expect(html).toContain('还有 38 项待填');
    expect(html).toContain('不得分');
    expect(html).not.toContain('没有待处理的问题');
  });

  it('says it is ready to submit when every criterion is answered', () => {
    expect(render(0)).toContain('没有待处理的问题，可以提交。');
  });
});

describe('ProblemList with an answer the form refuses', () => {
  it('names the broken bound in words ("不能小于 0"), not a generic "填写不正确"', () => {
    const problems = [{ kind: 'answer' as const, field: 'reform.legacyDebt', code: 'answer-minimum', message: 'must be >= 0', params: { limit: 0 } }];
    const html = renderToStaticMarkup(createElement(I18nProvider, null, createElement(ProblemList, { problems, labelOf: () => '存量长期债务', criterionTitle: (id) => id, onGo: () => {} })));
    expect(html).toContain('存量长期债务：不能小于 0');
    expect(html).not.toContain('填写不正确');
  });
});
