import { describe, expect, it } from 'vitest';
import { contextLabels, contextText, type ContextDefinition } from './context-labels';

const county: ContextDefinition = {
  context: [
    { id: 'institutionType', kind: 'enum', options: [{ value: 'county-general', label: { zh: '县级综合医院', en: 'County general hospital' } }] },
    { id: 'county', kind: 'enum', options: [{ value: 'gujiao', label: { zh: '古交市', en: 'Gujiao City' } }] },
    { id: 'grade', kind: 'scale', scale: 'hospital-grade' },
    { id: 'population', kind: 'number' },
  ],
  scales: { 'hospital-grade': { levels: [{ value: '2-a', label: { zh: '二级甲等', en: 'Grade 2A' } }] } },
};
const other: ContextDefinition = {
  context: [
    { id: 'institutionType', kind: 'enum', options: [{ value: 'county-general', label: { zh: '另一种说法' } }, { value: 'tcm', label: { zh: '中医医院' } }] },
    { id: 'grade', kind: 'scale', scale: 'unexpanded' },
  ],
  scales: { unexpanded: { ref: 'hospital-grade@1' } },
};
const zh = (text: { zh: string }) => text.zh;
const en = (text: { zh: string; en?: string }) => text.en ?? text.zh;

describe('context labels in the directory', () => {
  const labels = contextLabels([county, other]);

  it('reads enum codes and scale levels by their labels, in the chosen language', () => {
    expect(contextText(labels, 'institutionType', 'county-general', zh)).toBe('县级综合医院');
    expect(contextText(labels, 'institutionType', 'county-general', en)).toBe('County general hospital');
    expect(contextText(labels, 'grade', '2-a', zh)).toBe('二级甲等');
    expect(contextText(labels, 'county', 'gujiao', zh)).toBe('古交市');
  });

  it('merges the fields of every checklist, the first label of a code winning', () => {
    expect(contextText(labels, 'institutionType', 'tcm', zh)).toBe('中医医院');
    expect(contextLabels([other, county]).get('institutionType')?.get('county-general')).toEqual({ zh: '另一种说法' });
  });

  it('falls back to the code where no checklist defines it, and shows numbers and missing values plainly', () => {
    expect(contextText(labels, 'grade', '3-b', zh)).toBe('3-b');
    expect(contextText(labels, 'county', 'haining', zh)).toBe('haining');
    expect(contextText(labels, 'population', 21, zh)).toBe('21');
    expect(contextText(labels, 'grade', undefined, zh)).toBe('');
    expect(contextText(contextLabels([]), 'institutionType', 'county-general', zh)).toBe('county-general');
  });
});
