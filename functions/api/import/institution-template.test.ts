import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { institutionContextColumns } from '../../domain/services/import/context-columns.js';
import type { ChecklistContextFields } from '../../domain/services/context-fields.js';
import { institutionTemplate } from './institution-template.js';

const checklist = (id: string, title: string, fields: ChecklistContextFields['fields']): ChecklistContextFields => ({ checklistId: id, version: 1, subject: 'institution', title: { zh: title }, fields });

async function sheets(bytes: Uint8Array): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return new Map(workbook.worksheets.map((ws) => [ws.name, ws.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1))]));
}

describe('institution import template', () => {
  it('gives two columns with the same label (a county choice, a county name as text) headers that differ, and says which checklists use each', async () => {
    const columns = institutionContextColumns([
      checklist('a', '甲市评估表', [{ id: 'county', label: { zh: '所在县(市、区)' }, kind: 'enum', options: [{ value: 'yonghe', label: { zh: '永和县' } }] }]),
      checklist('b', '乙省评估表', [{ id: 'countyName', label: { zh: '所在县（市、区）' }, kind: 'text' }, { id: 'beds', label: { zh: '床位' }, kind: 'number' }]),
    ]);
    const tabs = await sheets(await institutionTemplate([], columns, 2));
    expect(tabs.get('机构 institutions')![0]!.slice(4)).toEqual(['所在县(市、区)（选项，见“可填值”表） (county)', '所在县（市、区）（文字） (countyName)', '床位 (beds)']);
    expect(tabs.get('可填值 values')!.slice(1)).toEqual([
      ['所在县(市、区)（选项，见“可填值”表） (county)', 'yonghe', '永和县', '', '甲市评估表'],
      ['所在县（市、区）（文字） (countyName)', '文字 text', '', '', '乙省评估表'],
      ['床位 (beds)', '数字 number', '', '', '乙省评估表'],
    ]);
  });
});
