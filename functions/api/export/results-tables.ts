import type { RoundExport } from '../../domain/services/round-export.js';
import type { ScoreLine } from '../../domain/services/round-results.js';
import { CRITERION_STATUS, EVALUATION_KIND, idHeader, ROUND_TYPE, SUBMISSION_STATUS, t, text, word, type ExportLang } from './export-words.js';
import { factsTable } from './facts-table.js';
import { participantColumns } from './participant-columns.js';
import { byRegionTable } from './by-region-table.js';

/** A titled table: the shape both exports write. */
export interface Table {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

const STATUSES = ['met', 'partial', 'not-met', 'missing', 'not-applicable', 'info'];

/** What a commission must know before comparing rows: which round, checklist and versions produced them. */
function summaryTable(r: RoundExport, lang: ExportLang): Table {
  const versions = r.checklistVersions.map((v) => `v${v}`).join(t(lang, '、', ', '));
  const note = !r.checklistVersions.length
    ? t(lang, '尚无已评分的提交。', 'No submission has been scored yet.')
    : r.mixedVersions
      ? t(lang, `本轮评分混合了评估表版本 ${versions}：不同版本的总分和指标不能直接比较，请按“评估表版本”列区分。`,
        `This round mixes checklist versions ${versions}: totals and criteria of different versions do not compare; use the "Checklist version" column.`)
      : t(lang, `全部评分使用同一评估表版本 ${versions}。`, `Every score uses the same checklist version, ${versions}.`);
  return {
    name: t(lang, '概况', 'summary'),
    header: [t(lang, '项目', 'Item'), t(lang, '内容', 'Value')],
    rows: [
      [t(lang, '轮次', 'Round'), `${text(r.round.name, lang)} (${r.round.id})`],
      [t(lang, '年度', 'Year'), r.round.year],
      [t(lang, '评估类型', 'Round type'), word(ROUND_TYPE, r.round.type, lang)],
      [t(lang, '评估表', 'Checklist'), `${text(r.checklistTitle, lang)} (${r.round.checklistId})`],
      [t(lang, '评估对象', 'Participants'), r.participants === 'region' ? t(lang, '地区', 'regions') : t(lang, '机构', 'institutions')],
      [t(lang, '截止日期', 'Deadline'), r.round.deadline ?? null],
      [t(lang, '轮次当前评估表版本', 'Checklist version of the round'), `v${r.round.checklistVersion}`],
      [t(lang, '评分所用评估表版本', 'Checklist versions scored with'), versions || null],
      [t(lang, '评分引擎版本', 'Engine versions'), r.engineVersions.join(', ') || null],
      [t(lang, '混合版本', 'Mixed versions'), r.mixedVersions ? t(lang, '是', 'yes') : t(lang, '否', 'no')],
      [t(lang, '说明', 'Note'), note],
    ],
  };
}

/** One side's column headers: status, total, band, veto hits, versions. */
function sideHeaders(kind: 'self' | 'expert', lang: ExportLang): string[] {
  const k = word(EVALUATION_KIND, kind, lang);
  return [t(lang, '状态', 'status'), t(lang, '总分', 'total'), t(lang, '等级', 'band'), t(lang, '一票否决', 'veto hits'), t(lang, '评估表版本', 'checklist version'), t(lang, '引擎版本', 'engine version')]
    .map((h) => `${k}${t(lang, '', ' ')}${h}`);
}

/** A criterion's title in the reader's language, by id (the id itself for one the checklist no longer names). */
type TitleOf = (criterionId: string) => string;

function criterionTitles(r: RoundExport, lang: ExportLang): TitleOf {
  const titles = new Map(r.criteria.map((c) => [c.id, text(c.title, lang)]));
  return (id) => titles.get(id) || id;
}

function scoreCells(line: ScoreLine | null, lang: ExportLang, titleOf: TitleOf): (string | number | null)[] {
  return [
    line ? word(SUBMISSION_STATUS, line.status, lang) : t(lang, '未开始', 'Not started'),
    line?.total ?? null,
    text(line?.band?.label, lang),
    // The veto items hit, named as the reader knows them (a commission officer does not read ids).
    line?.vetoHits.length ? line.vetoHits.map(titleOf).join(t(lang, '；', '; ')) : null,
    line?.checklistVersion ?? null,
    line?.engineVersion ?? null,
  ];
}

function institutionsTable(r: RoundExport, lang: ExportLang): Table {
  const titleOf = criterionTitles(r, lang);
  return {
    name: t(lang, '机构', 'institutions'),
    header: [idHeader('institution', lang), t(lang, '机构', 'Institution'), t(lang, '所在地区', 'Region'), ...sideHeaders('self', lang), ...sideHeaders('expert', lang), t(lang, '差值（专家−自评）', 'Difference (expert − self)'), idHeader('region', lang)],
    rows: r.institutions.map((i) => [i.institutionId, text(i.name, lang), text(i.region?.name, lang), ...scoreCells(i.self, lang, titleOf), ...scoreCells(i.expert, lang, titleOf), i.difference, i.regionId]),
  };
}

/** A region round's rows: each region evaluated, with the region above it. */
function regionsTable(r: RoundExport, lang: ExportLang): Table {
  const titleOf = criterionTitles(r, lang);
  return {
    name: t(lang, '地区', 'regions'),
    header: [idHeader('region', lang), t(lang, '地区', 'Region'), t(lang, '上级地区', 'Parent region'), ...sideHeaders('self', lang), ...sideHeaders('expert', lang), t(lang, '差值（专家−自评）', 'Difference (expert − self)')],
    rows: r.regions.map((x) => [x.regionId, text(x.name, lang), text(x.parent?.name, lang), ...scoreCells(x.self, lang, titleOf), ...scoreCells(x.expert, lang, titleOf), x.difference]),
  };
}

function criteriaTable(r: RoundExport, lang: ExportLang): Table {
  const counts = (kind: 'self' | 'expert') => STATUSES.map((s) => `${word(EVALUATION_KIND, kind, lang)}·${word(CRITERION_STATUS, s, lang)}`);
  return {
    name: t(lang, '指标达标情况', 'criteria'),
    header: [idHeader('criterion', lang), t(lang, '条款', 'Clause'), t(lang, '指标', 'Criterion'), ...counts('self'), ...counts('expert')],
    rows: r.criteria.map((c) => [c.id, c.clause, text(c.title, lang), ...STATUSES.map((s) => c.self[s] ?? 0), ...STATUSES.map((s) => c.expert[s] ?? 0)]),
  };
}

function differencesTable(r: RoundExport, lang: ExportLang): Table {
  const who = participantColumns(r, lang);
  const titleOf = criterionTitles(r, lang);
  return {
    name: t(lang, '自评与专家差异', 'differences'),
    header: [who.idHeader, who.nameHeader, idHeader('criterion', lang), t(lang, '指标', 'Criterion'), t(lang, '自评状态', 'Self status'), t(lang, '专家状态', 'Expert status'), t(lang, '自评得分', 'Self points'), t(lang, '专家得分', 'Expert points')],
    rows: r.differences.map((d) => [
      ...who.cells(d.regionId ?? d.institutionId ?? '').slice(0, 2), d.criterionId, titleOf(d.criterionId),
      word(CRITERION_STATUS, d.self.status, lang), word(CRITERION_STATUS, d.expert.status, lang), d.self.points, d.expert.points,
    ]),
  };
}

/** A round's result tables by what each one is, so a reader picks them by name, never by position. */
export interface ResultTableSet {
  summary: Table;
  /** An institution round's institutions and their regions compared; a region round's regions. */
  participants: Table[];
  facts: Table;
  criteria: Table;
  differences: Table;
}

/** The tables of {@link resultTables}, each under its own name. */
export function resultTableSet(r: RoundExport, lang: ExportLang = 'zh'): ResultTableSet {
  const participants = r.participants === 'region' ? [regionsTable(r, lang)] : [institutionsTable(r, lang), byRegionTable(r, lang)];
  return { summary: summaryTable(r, lang), participants, facts: factsTable(r, lang), criteria: criteriaTable(r, lang), differences: differencesTable(r, lang) };
}

/**
 * A round's results as the tables both exports write: summary (versions, and whether they mix),
 * the participants (institutions, then their regions compared; or the regions of a region
 * round), per-criterion details (actual, target, gap), attainment counts, self-vs-expert
 * differences. Words and headers in Chinese, or English with `lang: 'en'`; ids stay as they are.
 */
export function resultTables(r: RoundExport, lang: ExportLang = 'zh'): Table[] {
  const set = resultTableSet(r, lang);
  return [set.summary, ...set.participants, set.facts, set.criteria, set.differences];
}
