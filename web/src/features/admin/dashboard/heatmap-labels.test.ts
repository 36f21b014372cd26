import { describe, expect, it } from 'vitest';
import { cellTooltip, COLUMN_LENGTH, ROW_LENGTH, shortLabels } from './heatmap-labels';

const criterion = { id: 'surgery-share', title: { zh: '出院患者手术占比', en: 'Share of discharged patients who had surgery' }, section: 's', clause: '二(二)1', veto: false };

describe('heat map labels', () => {
  it('labels a column with the title in the reader language, whole when it fits, never the id', () => {
    expect(shortLabels(['出院患者手术占比', 'ICU beds'], COLUMN_LENGTH.zh)).toEqual(['出院患者手术占比', 'ICU beds']);
    expect(shortLabels(['市人民医院力争全国公立医院绩效考核排名达A'], COLUMN_LENGTH.zh)).toEqual(['市人民医…名达A']);
    expect(shortLabels(['Share of discharged patients who had surgery'], COLUMN_LENGTH.en)).toEqual(['Share of…surgery']);
  });

  it('cuts in the middle, so names that differ only at the end stay apart', () => {
    const names = ['海宁市第三人民医院附属康复医院', '海宁市第四人民医院附属康复医院', '海宁市中医院'];
    const labels = shortLabels(names, ROW_LENGTH.zh);
    expect(labels[2]).toBe('海宁市中医院');
    expect(new Set(labels).size).toBe(3);
    expect(labels.every((l) => [...l].length <= ROW_LENGTH.zh)).toBe(true);
    // The same text twice is one label, not a reason to cut differently.
    expect(shortLabels(['测试医院1号', '测试医院1号'], 4)).toEqual(['测试…号', '测试…号']);
  });

  it('keeps more of the end where the middle cut still reads the same', () => {
    const labels = shortLabels(['县人民医院重症医学科床位', '县人民医院重症医学科病位'], 7);
    expect(labels).toHaveLength(2);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels.map((l) => [...l].length)).toEqual([7, 7]);
  });

  it('shows the full title and the plan clause in the tooltip, in either language', () => {
    expect(cellTooltip('测试医院1号', criterion, criterion.title.zh, '未达标', 'zh')).toEqual(['测试医院1号', '出院患者手术占比（二(二)1）：未达标']);
    expect(cellTooltip('Test hospital 1', criterion, criterion.title.en, 'Not met', 'en')).toEqual(['Test hospital 1', 'Share of discharged patients who had surgery (二(二)1): Not met']);
  });
});
