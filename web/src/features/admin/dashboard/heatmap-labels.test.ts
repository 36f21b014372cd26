import { describe, expect, it } from 'vitest';
import { cellTooltip, columnLabel, escapeHtml } from './heatmap-labels';

const criterion = { id: 'surgery-share', title: { zh: '出院患者手术占比', en: 'Share of discharged patients who had surgery' }, section: 's', clause: '二(二)1', veto: false };

describe('heat map labels', () => {
  it('labels a column with the title in the reader language, shortened, never the id', () => {
    expect(columnLabel('出院患者手术占比', 'zh')).toBe('出院患者手术占比');
    expect(columnLabel('市人民医院力争全国公立医院绩效考核排名达A', 'zh')).toBe('市人民医院力争…');
    expect(columnLabel('Share of discharged patients who had surgery', 'en')).toBe('Share of discha…');
    expect(columnLabel('ICU beds', 'en')).toBe('ICU beds');
  });

  it('shows the full title and the plan clause in the tooltip, in either language', () => {
    expect(cellTooltip('测试医院1号', criterion, criterion.title.zh, '未达标', 'zh')).toBe('测试医院1号<br/>出院患者手术占比（二(二)1）：未达标');
    expect(cellTooltip('Test hospital 1', criterion, criterion.title.en, 'Not met', 'en')).toBe('Test hospital 1<br/>Share of discharged patients who had surgery (二(二)1): Not met');
  });

  it('never lets a typed name become markup in the tooltip', () => {
    expect(cellTooltip('<img src=x onerror=alert(1)>', criterion, 'a & b', 'x', 'en')).toBe('&#60;img src=x onerror=alert(1)&#62;<br/>a &#38; b (二(二)1): x');
    expect(escapeHtml(`"'`)).toBe('&#34;&#39;');
  });
});
