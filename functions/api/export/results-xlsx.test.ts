import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Institution } from '../../domain/model/institution.js';
import type { Region } from '../../domain/model/region.js';
import type { EvaluationRound } from '../../domain/model/round.js';
import type { Submission } from '../../domain/model/submission.js';
import { collectFacts, type RoundExport } from '../../domain/services/round-export.js';
import { computeRoundResults } from '../../domain/services/round-results.js';
import { compileChecklist } from '../../scoring/compile.js';
import { perfectAnswers, sampleDefinition } from '../../scoring/fixtures/sample-definition.js';
import type { ScoreResult } from '../../scoring/result-types.js';
import { scoreSubmission } from '../../scoring/score.js';
import { resultsToCsv } from './results-csv.js';
import { resultsToXlsx } from './results-xlsx.js';

const round = { id: 'r', name: { zh: '2025年度评估', en: '2025 annual' }, year: 2025, type: 'annual', checklistId: 'sample', checklistVersion: 2, status: 'open', institutionIds: ['h1', 'h2'], expertIds: [] } as unknown as EvaluationRound;
const institutions = [
  { id: 'h1', name: { zh: '甲县人民医院', en: 'County A People’s Hospital' }, regionId: 'county-a' },
  { id: 'h2', name: { zh: '乙县人民医院' }, regionId: 'county-b' },
] as Institution[];
const regions = [{ id: 'county-a', name: { zh: '甲县', en: 'County A' } }, { id: 'county-b', name: { zh: '乙县' } }] as Region[];

function scoredWith(version: number, institutionId: string, county: string, answers: ReturnType<typeof perfectAnswers>, regionId?: string) {
  const definition = { ...sampleDefinition(), version };
  const result = scoreSubmission(compileChecklist(definition), {
    context: { type: 'general', county, grade: '2', year: 2025, round: 'annual' }, answers, evidence: { centres: [{ name: '证书.pdf' }] },
  });
  const who = regionId ? { regionId } : { institutionId };
  const submission = {
    id: `r.${regionId ?? institutionId}.self`, roundId: 'r', ...who, kind: 'self', status: 'scored', checklistVersion: version,
    score: {
      revision: 1, checklistVersion: version, engineVersion: result.engineVersion, total: result.total, band: result.band, vetoHits: result.vetoHits,
      criteria: result.criteria.map((c) => ({ id: c.id, status: c.status, points: c.points, maxPoints: c.maxPoints })), scoredAt: '2025-12-01T00:00:00Z', resultKey: 'k',
    },
  } as unknown as Submission;
  return { submission, result };
}

/** A round where 甲县's hospital was scored with version 1 and 乙县's with version 2, 30 infectious-disease beds each. */
function mixedRound(): RoundExport {
  const answers = perfectAnswers();
  answers.beds.infectious = 30;
  const debt = perfectAnswers();
  debt.beds.infectious = 30;
  debt.quality.illegalDebt = true;
  const a = scoredWith(1, 'h1', 'a', answers);
  const b = scoredWith(2, 'h2', 'b', debt);
  const submissions = [a.submission, b.submission];
  const results = computeRoundResults(round, sampleDefinition(), institutions, submissions, regions);
  const full = new Map<string, ScoreResult['criteria']>([[a.submission.id, a.result.criteria], [b.submission.id, b.result.criteria]]);
  return { ...results, facts: collectFacts(results, submissions, full) };
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  return book;
}

/** A sheet as objects keyed by its header row, the way an officer reads a filtered table. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

describe('round export (XLSX read back)', () => {
  it('lists, per submission and criterion, the actual value, target, gap and status in Chinese, with versions and names', async () => {
    const book = await readBack(await resultsToXlsx(mixedRound()));
    expect(book.worksheets.map((w) => w.name)).toEqual(['概况', '机构', '地区汇总', '指标明细', '指标达标情况', '自评与专家差异']);
    // Every column is headed in Chinese, the id columns too (机构编号, not institution_id).
    const headers = book.worksheets.flatMap((w) => (w.getRow(1).values as unknown[]).slice(1).map(String));
    expect(headers.filter((h) => /^[A-Za-z_ ]+$/.test(h))).toEqual([]);
    const details = rowsOf(book.getWorksheet('指标明细')!);
    const beds = details.find((r) => r.机构编号 === 'h2' && r.指标编号 === 'infectious-beds')!;
    expect(beds).toMatchObject({
      机构: '乙县人民医院', 所在地区: '乙县', 评估类型: '自评', 评估表版本: 2, 评分引擎版本: expect.any(String),
      条款: '一(1)', 状态: '未达标', 实际值: '30张', 实际数值: 30, 差距: '差20张', 差距数值: 20, 得分: 0,
    });
    expect(beds.目标).toContain('50张');
    // The same 30 beds meet 甲县's target of 20.
    expect(details.find((r) => r.机构编号 === 'h1' && r.指标编号 === 'infectious-beds')).toMatchObject({ 状态: '达标', 评估表版本: 1, 差距: null });
    // No English status code reaches the sheet.
    expect(new Set(details.map((r) => r.状态))).not.toContain('not-met');
    expect(details.find((r) => r.机构编号 === 'h2' && r.指标编号 === 'no-illegal-debt')).toMatchObject({ 状态: '未达标', 一票否决项: '是', 否决依据: '未注明依据' });
    const inst = rowsOf(book.getWorksheet('机构')!);
    expect(inst[1]).toMatchObject({ 机构: '乙县人民医院', 所在地区: '乙县', 自评状态: '已评分', 自评一票否决: '无违规举债', 自评评估表版本: 2, 自评等级: '不合格' });
  });

  it('names an unanswered criterion 待填, the word the app\'s status chips use', async () => {
    const answers = perfectAnswers();
    delete (answers.beds as { infectious?: number }).infectious;
    const a = scoredWith(1, 'h1', 'a', answers);
    const results = computeRoundResults(round, sampleDefinition(), institutions, [a.submission], regions);
    const book = await readBack(await resultsToXlsx({ ...results, facts: collectFacts(results, [a.submission], new Map([[a.submission.id, a.result.criteria]])) }));
    expect(rowsOf(book.getWorksheet('指标明细')!).find((r) => r.指标编号 === 'infectious-beds')).toMatchObject({ 状态: '待填' });
    const criteria = rowsOf(book.getWorksheet('指标达标情况')!).find((r) => r.指标编号 === 'infectious-beds')!;
    expect(criteria['自评·待填']).toBe(1);
  });

  it('says when a round mixes checklist versions', async () => {
    const summary = rowsOf((await readBack(await resultsToXlsx(mixedRound()))).getWorksheet('概况')!);
    const value = (item: string) => summary.find((r) => r.项目 === item)?.内容;
    expect(value('评分所用评估表版本')).toBe('v1、v2');
    expect(value('混合版本')).toBe('是');
    expect(String(value('说明'))).toContain('混合了评估表版本 v1、v2');
  });

  it('writes English words and headers with lang=en, falling back to Chinese names where no English is given', async () => {
    const book = await readBack(await resultsToXlsx(mixedRound(), 'en'));
    expect(book.worksheets.map((w) => w.name)).toEqual(['summary', 'institutions', 'by region', 'details', 'criteria', 'differences']);
    const details = rowsOf(book.getWorksheet('details')!);
    expect(details.find((r) => r['Institution ID'] === 'h1' && r['Criterion ID'] === 'infectious-beds')).toMatchObject({ Institution: 'County A People’s Hospital', Region: 'County A', Status: 'Met', Actual: '30 beds' });
    expect(details.find((r) => r['Institution ID'] === 'h2' && r['Criterion ID'] === 'infectious-beds')).toMatchObject({ Institution: '乙县人民医院', Status: 'Not met', Gap: '20 beds short' });
  });

  it('compares the regions of an institution round: institutions, mean total and bands per region', async () => {
    const book = await readBack(await resultsToXlsx(mixedRound()));
    const byRegion = rowsOf(book.getWorksheet('地区汇总')!);
    expect(byRegion.map((r) => [r.地区编号, r.地区, r.机构数, r.自评已评分])).toEqual([['county-a', '甲县', 1, 1], ['county-b', '乙县', 1, 1]]);
    expect(byRegion[1]).toMatchObject({ 自评不合格: 1 });
    expect(typeof byRegion[0]!.自评平均总分).toBe('number');
    expect(rowsOf(book.getWorksheet('机构')!).map((r) => r.地区编号)).toEqual(['county-a', 'county-b']);
  });

  it('a region round lists its regions, with the city above each, and names regions in the details', async () => {
    const regionRound = { ...round, institutionIds: [], regionIds: ['county-a', 'county-b'] } as EvaluationRound;
    const withCity = [{ id: 'city', name: { zh: '某市' } }, ...regions.map((r) => ({ ...r, parentId: 'city' }))] as Region[];
    const a = scoredWith(2, 'county-a', 'a', perfectAnswers(), 'county-a');
    const results = computeRoundResults(regionRound, sampleDefinition(), [], [a.submission], withCity);
    const book = await readBack(await resultsToXlsx({ ...results, facts: collectFacts(results, [a.submission], new Map([[a.submission.id, a.result.criteria]])) }));
    expect(book.worksheets.map((w) => w.name)).toEqual(['概况', '地区', '指标明细', '指标达标情况', '自评与专家差异']);
    const rows = rowsOf(book.getWorksheet('地区')!);
    expect(rows.map((r) => [r.地区编号, r.地区, r.上级地区, r.自评状态])).toEqual([['county-a', '甲县', '某市', '已评分'], ['county-b', '乙县', '某市', '未开始']]);
    const details = rowsOf(book.getWorksheet('指标明细')!);
    expect(details[0]).toMatchObject({ 地区编号: 'county-a', 地区: '甲县', 上级地区: '某市', 评估类型: '自评' });
    const summary = rowsOf(book.getWorksheet('概况')!);
    expect(summary.find((r) => r.项目 === '评估对象')?.内容).toBe('地区');
  });

  it('the CSV carries the same facts', () => {
    const csv = resultsToCsv(mixedRound());
    expect(csv).toContain('# 指标明细');
    expect(csv).toMatch(/h2,乙县人民医院,乙县,自评,2,[^,]+,infectious-beds,一\(1\),传染病床位,未达标,30张,30,[^,]*50张[^,]*,差20张,20,0,10,/);
  });
});
