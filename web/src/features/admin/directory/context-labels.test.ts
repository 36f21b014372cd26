import { describe, expect, it } from 'vitest';
import { contextChoices, contextLabels, contextText, type ChecklistContextFields } from './context-labels';

// As `GET /api/context-fields` gives them: scale levels already listed as the field's options.
const county: ChecklistContextFields = {
  subject: 'institution',
  fields: [
    { id: 'institutionType', options: [{ value: 'county-general', label: { zh: '县级综合医院', en: 'County general hospital' } }] },
    { id: 'county', options: [{ value: 'gujiao', label: { zh: '古交市', en: 'Gujiao City' } }] },
    { id: 'grade', options: [{ value: '2-a', label: { zh: '二级甲等', en: 'Grade 2A' } }] },
    { id: 'population' },
  ],
};
const other: ChecklistContextFields = {
  subject: 'institution',
  fields: [
    { id: 'institutionType', options: [{ value: 'county-general', label: { zh: '另一种说法' } }, { value: 'tcm', label: { zh: '中医医院' } }] },
    { id: 'grade' },
  ],
};
// A region checklist's codes label regions, not institutions.
const region: ChecklistContextFields = { subject: 'region', fields: [{ id: 'grade', options: [{ value: '3-b', label: { zh: '地区三级' } }] }] };
const zh = (text: { zh: string }) => text.zh;
const en = (text: { zh: string; en?: string }) => text.en ?? text.zh;

describe('context labels in the directory', () => {
  const labels = contextLabels([county, other, region]);

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

  it('a region reads the codes its own checklists label, not those of institutions', () => {
    const regional = contextLabels([county, region], 'region');
    expect(contextText(regional, 'grade', '3-b', zh)).toBe('地区三级');
    expect(contextText(regional, 'grade', '2-a', zh)).toBe('2-a');
  });

  it('offers every labelled code as a choice, and keeps a value no checklist knows', () => {
    expect(contextChoices(labels, 'institutionType', 'county-general').map((c) => c.value)).toEqual(['county-general', 'tcm']);
    expect(contextChoices(labels, 'institutionType', 'clinic').at(-1)).toEqual({ value: 'clinic', label: null });
    expect(contextChoices(labels, 'population', '')).toEqual([]);
  });
});
