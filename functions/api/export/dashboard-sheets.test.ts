import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Institution } from '../../domain/model/institution.js';
import type { Region } from '../../domain/model/region.js';
import type { EvaluationRound } from '../../domain/model/round.js';
import type { Submission } from '../../domain/model/submission.js';
import { digestOf } from '../../domain/model/submission-digest.js';
import { computeRoundDashboard } from '../../domain/services/dashboard/round-dashboard.js';
import { collectFacts } from '../../domain/services/round-export.js';
import { computeRoundResults } from '../../domain/services/round-results.js';
import { compileChecklist } from '../../scoring/compile.js';
import { perfectAnswers, sampleDefinition } from '../../scoring/fixtures/sample-definition.js';
import type { ScoreResult } from '../../scoring/result-types.js';
import { scoreSubmission } from '../../scoring/score.js';
import { dashboardTables, type DashboardFilter } from './dashboard-tables.js';
import { tablesToXlsx } from './tables-xlsx.js';

/** The dashboard export of a scored round, self and expert, for an institution round and a region round. */

const base = { name: { zh: '2025年度评估' }, year: 2025, type: 'annual', checklistId: 'sample', checklistVersion: 1, status: 'open', expertIds: [] };
const institutionRound = { ...base, id: 'r', institutionIds: ['h1', 'h2'] } as unknown as EvaluationRound;
const regionRound = { ...base, id: 'r', institutionIds: [], regionIds: ['county-a', 'county-b'] } as unknown as EvaluationRound;
const institutions = [
  { id: 'h1', name: { zh: '甲县人民医院' }, regionId: 'county-a', context: { institutionType: 'general' } },
  { id: 'h2', name: { zh: '乙县人民医院' }, regionId: 'county-b', context: { institutionType: 'general' } },
] as unknown as Institution[];
const regions = [{ id: 'county-a', name: { zh: '甲县' } }, { id: 'county-b', name: { zh: '乙县' } }] as Region[];

/** A scored submission of `who` (30 infectious-disease beds on the institution's own word, 20 on the expert's in 乙县). */
function scored(who: { institutionId: string } | { regionId: string }, county: string, kind: 'self' | 'expert', beds: number) {
  const answers = perfectAnswers();
  answers.beds.infectious = beds;
  const result = scoreSubmission(compileChecklist(sampleDefinition()), { context: { type: 'general', county, grade: '2', year: 2025, round: 'annual' }, answers, evidence: { centres: [{ name: '证书.pdf' }] } });
  const id = 'institutionId' in who ? who.institutionId : who.regionId;
  const submission = {
    id: `r.${id}.${kind}`, roundId: 'r', ...who, kind, status: 'scored', checklistVersion: 1,
    score: {
      revision: 1, checklistVersion: 1, engineVersion: result.engineVersion, total: result.total, band: result.band, vetoHits: result.vetoHits,
      criteria: result.criteria.map((c) => ({ id: c.id, status: c.status, points: c.points, maxPoints: c.maxPoints })), scoredAt: '2025-12-01T00:00:00Z', resultKey: 'k',
    },
  } as unknown as Submission;
  return { submission, result };
}

async function exported(round: EvaluationRound, parts: ReturnType<typeof scored>[], filter: DashboardFilter = {}) {
  const submissions = parts.map((p) => p.submission);
  const results = computeRoundResults(round, sampleDefinition(), institutions, submissions, regions);
  const full = { ...results, facts: collectFacts(results, submissions, new Map<string, ScoreResult['criteria']>(parts.map((p) => [p.submission.id, p.result.criteria]))) };
  const dashboard = computeRoundDashboard(round, sampleDefinition(), institutions, regions, submissions.map(digestOf));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await tablesToXlsx(dashboardTables(dashboard, full, filter))).buffer as ArrayBuffer);
  return book;
}

/** A sheet as objects keyed by its header row. */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): Record<string, unknown>[] {
  if (!sheet) return [];
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push(Object.fromEntries(header.map((h, i) => [h, (row.values as unknown[]).slice(1)[i] ?? null])));
  });
  return out;
}

describe('dashboard export: every sheet the dashboard shows', () => {
  it('an institution round has the details (actual, target, gap, versions) and the self/expert differences, in Chinese', async () => {
    const book = await exported(institutionRound, [scored({ institutionId: 'h1' }, 'a', 'self', 30), scored({ institutionId: 'h2' }, 'b', 'self', 60), scored({ institutionId: 'h2' }, 'b', 'expert', 30)]);
    expect(book.worksheets.map((w) => w.name)).toEqual(['概况', '排名', '指标未达标排行', '热力图', '机构', '地区汇总', '指标明细', '自评与专家差异']);
    const details = rowsOf(book.getWorksheet('指标明细'));
    expect(details.find((r) => r.机构编号 === 'h2' && r.评估类型 === '专家评估' && r.指标编号 === 'infectious-beds')).toMatchObject({
      机构: '乙县人民医院', 所在地区: '乙县', 评估表版本: 1, 评分引擎版本: expect.any(String), 状态: '未达标', 实际值: '30张', 差距: '差20张', 差距数值: 20,
    });
    expect(String(details.find((r) => r.机构编号 === 'h2' && r.指标编号 === 'infectious-beds')!.目标)).toContain('50张');
    expect(rowsOf(book.getWorksheet('自评与专家差异'))).toEqual([
      expect.objectContaining({ 机构编号: 'h2', 机构: '乙县人民医院', 指标编号: 'infectious-beds', 自评状态: '达标', 专家状态: '未达标' }),
    ]);
    expect(rowsOf(book.getWorksheet('机构')).map((r) => r.机构编号)).toEqual(['h1', 'h2']);
  });

  it('the region filter narrows the details and differences to that region', async () => {
    const book = await exported(institutionRound, [scored({ institutionId: 'h1' }, 'a', 'self', 30), scored({ institutionId: 'h2' }, 'b', 'self', 60), scored({ institutionId: 'h2' }, 'b', 'expert', 30)], { regionId: 'county-a' });
    expect(new Set(rowsOf(book.getWorksheet('指标明细')).map((r) => r.机构编号))).toEqual(new Set(['h1']));
    expect(rowsOf(book.getWorksheet('自评与专家差异'))).toEqual([]);
    expect(rowsOf(book.getWorksheet('地区汇总')).map((r) => r.地区编号)).toEqual(['county-a']);
  });

  it('a region round has its regions, their details and differences (the regions evaluated, not institutions)', async () => {
    const book = await exported(regionRound, [scored({ regionId: 'county-b' }, 'b', 'self', 60), scored({ regionId: 'county-b' }, 'b', 'expert', 30)]);
    expect(book.worksheets.map((w) => w.name)).toEqual(['概况', '排名', '指标未达标排行', '热力图', '地区', '指标明细', '自评与专家差异']);
    expect(rowsOf(book.getWorksheet('地区')).map((r) => [r.地区编号, r.自评状态, r.专家评估状态])).toEqual([['county-a', '未开始', '未开始'], ['county-b', '已评分', '已评分']]);
    const details = rowsOf(book.getWorksheet('指标明细'));
    expect(details.find((r) => r.地区编号 === 'county-b' && r.评估类型 === '专家评估' && r.指标编号 === 'infectious-beds')).toMatchObject({ 地区: '乙县', 状态: '未达标', 实际值: '30张', 差距: '差20张', 评估表版本: 1 });
    expect(rowsOf(book.getWorksheet('自评与专家差异'))).toEqual([expect.objectContaining({ 地区编号: 'county-b', 指标编号: 'infectious-beds', 自评状态: '达标', 专家状态: '未达标' })]);
    const summary = rowsOf(book.getWorksheet('概况'));
    expect(summary.find((r) => r.项目 === '评分所用评估表版本')?.内容).toBe('v1');
  });
});
