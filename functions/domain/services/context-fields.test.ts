import { describe, expect, it } from 'vitest';
import { contextFieldsOf } from './context-fields.js';

describe('context fields of a published definition', () => {
  it('names each field with its kind and unit, and the labels of its codes from enum options or expanded scale levels', () => {
    const fields = contextFieldsOf({
      context: [
        { id: 'institutionType', label: { zh: '机构类别', en: 'Institution type' }, kind: 'enum', options: [{ value: 'county-general', label: { zh: '县级综合医院', en: 'County general hospital' } }], required: true, declaredBy: 'admin' },
        { id: 'grade', label: { zh: '医院等级' }, kind: 'scale', scale: 'hospital-grade' },
        { id: 'population', label: { zh: '服务人口' }, kind: 'number', unit: { zh: '万人', en: '10k people' } },
        { id: 'legacy', label: { zh: '未展开' }, kind: 'scale', scale: 'unexpanded' },
      ],
      scales: { 'hospital-grade': { title: { zh: '等级' }, levels: [{ value: '2-a', label: { zh: '二级甲等', en: 'Grade 2A' } }] }, unexpanded: { ref: 'hospital-grade@1' } },
      criteria: [{ id: 'huge' }],
    });
    expect(fields).toEqual([
      { id: 'institutionType', label: { zh: '机构类别', en: 'Institution type' }, kind: 'enum', options: [{ value: 'county-general', label: { zh: '县级综合医院', en: 'County general hospital' } }] },
      { id: 'grade', label: { zh: '医院等级' }, kind: 'scale', options: [{ value: '2-a', label: { zh: '二级甲等', en: 'Grade 2A' } }] },
      { id: 'population', label: { zh: '服务人口' }, kind: 'number', unit: { zh: '万人', en: '10k people' } },
      { id: 'legacy', label: { zh: '未展开' }, kind: 'scale' },
    ]);
  });

  it('a definition without context fields has none', () => {
    expect(contextFieldsOf({ criteria: [] })).toEqual([]);
  });
});
