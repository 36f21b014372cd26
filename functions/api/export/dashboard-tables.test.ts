import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Institution } from '../../domain/model/institution.js';
import type { Region } from '../../domain/model/region.js';
import type { EvaluationRound } from '../../domain/model/round.js';
import type { ChecklistContextFields } from '../../domain/services/context-fields.js';
import type { DashboardRow, RoundDashboard } from '../../domain/services/dashboard/round-dashboard.js';
import { computeRoundResults } from '../../domain/services/round-results.js';
import { sampleDefinition } from '../../scoring/fixtures/sample-definition.js';
import { dashboardTables } from './dashboard-tables.js';
import { institutionTypeLabels } from './institution-type-labels.js';
import { tablesToXlsx } from './tables-xlsx.js';

const round = { id: 'r', name: { zh: '2025年度评估' }, year: 2025, type: 'annual', checklistId: 'county', checklistVersion: 1, status: 'open', institutionIds: ['h1', 'h2'], expertIds: [] } as unknown as EvaluationRound;
const institutions = [
  { id: 'h1', name: { zh: '甲县中医医院' }, regionId: 'a', context: { institutionType: 'tcm' } },
  { id: 'h2', name: { zh: '乙县人民医院' }, regionId: 'a', context: { institutionType: 'general' } },
] as unknown as Institution[];
const regions = [{ id: 'a', name: { zh: '甲县' } }] as Region[];

const row = (institutionId: string, name: string, institutionType: string, total: number): DashboardRow => ({
  institutionId, name: { zh: name }, region: { id: 'a', name: { zh: '甲县' } }, institutionType, selfStage: 'scored', expertStage: 'not-started',
  self: { submissionId: `r.${institutionId}.self`, total, band: null, vetoHits: 0, sections: [total], statuses: 'mn', checklistVersion: 1, engineVersion: '1' },
  expert: null, gap: null,
});
const dashboard: RoundDashboard = {
  round, checklistTitle: { zh: '县医院能力评估' },
  sections: [{ id: 's', title: { zh: '服务能力' } }],
  criteria: [{ id: 'beds', title: { zh: '床位数' }, section: 's', clause: '一', veto: false }, { id: 'icu', title: { zh: '重症床位' }, section: 's', clause: '二', veto: false }],
  bands: [], rows: [row('h1', '甲县中医医院', 'tcm', 80), row('h2', '乙县人民医院', 'general', 70)], checklistVersions: [1],
};
// Two checklists label the types; the round's own checklist (`county`) is read first.
const checklists: ChecklistContextFields[] = [
  { checklistId: 'other', version: 3, subject: 'institution', title: { zh: '其他' }, fields: [{ id: 'institutionType', label: { zh: '机构类型' }, kind: 'enum', options: [{ value: 'tcm', label: { zh: '中医院（旧称）' } }] }] },
  { checklistId: 'county', version: 1, subject: 'institution', title: { zh: '县医院' }, fields: [{ id: 'institutionType', label: { zh: '机构类型' }, kind: 'enum', options: [{ value: 'tcm', label: { zh: '中医医院', en: 'TCM hospital' } }, { value: 'general', label: { zh: '综合医院', en: 'General hospital' } }] }] },
];

async function exported(lang: 'zh' | 'en') {
  const full = { ...computeRoundResults(round, sampleDefinition(), institutions, [], regions), facts: [] };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await tablesToXlsx(dashboardTables(dashboard, full, {}, lang, institutionTypeLabels(checklists, 'county')))).buffer as ArrayBuffer);
  return book;
}
const cells = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('dashboard export (XLSX read back)', () => {
  it('speaks Chinese: headers, statuses and institution types as the checklist labels them', async () => {
    const book = await exported('zh');
    const ranking = book.getWorksheet('排名')!;
    expect(cells(ranking, 1)).toEqual(['名次', '机构编号', '机构', '所在地区', '机构类型', '自评状态', '自评总分', '等级', '服务能力（得分率）', '专家总分', '差值（专家−自评）', '评估表版本', '引擎版本']);
    expect(cells(ranking, 2).slice(0, 6)).toEqual([1, 'h1', '甲县中医医院', '甲县', '中医医院', '已评分']);
    expect(cells(ranking, 3)[4]).toBe('综合医院');
    expect(cells(book.getWorksheet('热力图')!, 1)).toEqual(['机构编号', '机构', '床位数', '重症床位']);
    expect(cells(book.getWorksheet('热力图')!, 2)).toEqual(['h1', '甲县中医医院', '达标', '未达标']);
    expect(cells(book.getWorksheet('指标未达标排行')!, 1)[0]).toBe('指标编号');
    // No column anywhere is headed by a code.
    const headers = book.worksheets.flatMap((w) => cells(w, 1).map(String));
    expect(headers.filter((h) => /^[A-Za-z_ ]+$/.test(h))).toEqual([]);
  });

  it('in English on request; the round\'s own checklist names a type before any other', async () => {
    const book = await exported('en');
    const ranking = book.getWorksheet('ranking')!;
    expect(cells(ranking, 1).slice(0, 5)).toEqual(['Rank', 'Institution ID', 'Institution', 'Region', 'Type']);
    expect(cells(ranking, 2)[4]).toBe('TCM hospital');
    expect(institutionTypeLabels(checklists, 'other').get('tcm')).toEqual({ zh: '中医院（旧称）' });
  });
});
