import { describe, expect, it } from 'vitest';
import type { ChecklistContextFields } from '../context-fields.js';
import { checkContextValue, institutionContextColumns } from './context-columns.js';

const checklist = (fields: ChecklistContextFields['fields']): ChecklistContextFields => ({ checklistId: 'c', version: 1, subject: 'institution', title: { zh: '评估表' }, fields });
const GRADES = [
  { value: '2-a', label: { zh: '二级甲等', en: 'Grade 2A' } },
  { value: '3-a', label: { zh: '三级甲等', en: 'Grade 3A' } },
];
const columns = institutionContextColumns([
  checklist([
    { id: 'grade', label: { zh: '医院等级' }, kind: 'enum', options: GRADES },
    { id: 'county', label: { zh: '所在县（市、区）' }, kind: 'enum', options: [{ value: 'yonghe', label: { zh: '永和县（城关）', en: 'Yonghe' } }] },
  ]),
  checklist([
    { id: 'county', label: { zh: '所在县（市、区）' }, kind: 'text' },
    { id: 'type', label: { zh: '类别' }, kind: 'enum', options: [{ value: 'county-tcm', label: { zh: '县级中医医院' } }, { value: 'a', label: { zh: '同名' } }, { value: 'b', label: { zh: '同名' } }] },
  ]),
  checklist([{ id: 'type', label: { zh: '类别' }, kind: 'enum', options: [{ value: 'county-tcm', label: { zh: '县级中医院' } }] }]),
]);

describe('context values as an administrator writes them', () => {
  it('takes the Chinese or English label the app shows for a code, and stores the code', () => {
    expect(checkContextValue(columns, 'grade', '二级甲等')).toEqual({ value: '2-a' });
    expect(checkContextValue(columns, 'grade', ' grade 3a ')).toEqual({ value: '3-a' });
    expect(checkContextValue(columns, 'grade', '2-A')).toEqual({ value: '2-a' });
    expect(checkContextValue(columns, 'grade', '2-a')).toEqual({ value: '2-a' });
  });

  it('matches half-width brackets to the full-width ones of a label, and prefers a code to free text', () => {
    expect(checkContextValue(columns, 'county', '永和县(城关)')).toEqual({ value: 'yonghe' });
    expect(checkContextValue(columns, 'county', '洪洞县')).toEqual({ value: '洪洞县' });
  });

  it('takes the label of any checklist where two word one code differently, and none that two codes share', () => {
    expect(checkContextValue(columns, 'type', '县级中医院')).toEqual({ value: 'county-tcm' });
    expect(checkContextValue(columns, 'type', '县级中医医院')).toEqual({ value: 'county-tcm' });
    expect(checkContextValue(columns, 'type', '同名')).toMatchObject({ problem: { code: 'not-allowed' } });
  });

  it('still refuses an unknown value, listing the codes whose labels the web app shows', () => {
    expect(checkContextValue(columns, 'grade', '五级')).toEqual({ problem: { code: 'not-allowed', allowed: ['2-a', '3-a'] } });
  });
});
