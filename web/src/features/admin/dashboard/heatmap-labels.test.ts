import { describe, expect, it } from 'vitest';
import { cellTooltip, columnLabel } from './heatmap-labels';

const criterion = { id: 'surgery-share', title: { zh: '出院患者手术占比', en: 'Share of discharged patients who had surgery' }, section: 's', clause: '二(二)1', veto: false };

describe('heat map labels', () => {
  it('labels a column with the title in the reader language, shortened, never the id', () => {
    expect(columnLabel('出院患者手术占比', 'zh')).toBe('出院患者手术占比');
    expect(columnLabel('市人民医院力争全国公立医院绩效考核排名达A', 'zh')).toBe('市人民医院力争…');
    expect(columnLabel('Share of discharged patients who had surgery', 'en')).toBe('Share of discha…');
    expect(columnLabel('ICU beds', 'en')).toBe('ICU beds');
  });

  it('shows the full title and the plan clause in the tooltip, in either language', () => {
    expect(cellTooltip('测试医院1号', criterion, criterion.title.zh, '未达标', 'zh')).toEqual(['测试医院1号', '出院患者手术占比（二(二)1）：未达标']);
    expect(cellTooltip('Test hospital 1', criterion, criterion.title.en, 'Not met', 'en')).toEqual(['Test hospital 1', 'Share of discharged patients who had surgery (二(二)1): Not met']);
  });
});
