import type { RoundExport } from '../../domain/services/round-export.js';
import type { DashboardRow, RoundDashboard } from '../../domain/services/dashboard/round-dashboard.js';
import { STATUS_LETTER } from '../../domain/services/dashboard/round-dashboard.js';
import { CRITERION_STATUS, idHeader, SUBMISSION_STATUS, t, text, word, type ExportLang } from './export-words.js';
import type { TypeLabels } from './institution-type-labels.js';
import { resultTableSet, type Table } from './results-tables.js';

/** Which participants a dashboard shows: by region and by institution type (both optional). */
export interface DashboardFilter {
  regionId?: string;
  institutionType?: string;
}

const LETTER_STATUS = Object.fromEntries(Object.entries(STATUS_LETTER).map(([status, letter]) => [letter, status]));

/** True when the row passes the filter. */
export function matchesFilter(row: Pick<DashboardRow, 'region' | 'institutionType'>, filter: DashboardFilter): boolean {
  return (!filter.regionId || row.region?.id === filter.regionId) && (!filter.institutionType || row.institutionType === filter.institutionType);
}

function stageWord(stage: string, lang: ExportLang): string {
  return stage === 'not-started' ? t(lang, '未开始', 'Not started') : word(SUBMISSION_STATUS, stage, lang);
}

function rankingTable(d: RoundDashboard, rows: DashboardRow[], lang: ExportLang, types: TypeLabels): Table {
  const ranked = [...rows].sort((a, b) => (b.self?.total ?? -1) - (a.self?.total ?? -1));
  return {
    name: t(lang, '排名', 'ranking'),
    header: [
      t(lang, '名次', 'Rank'), idHeader('institution', lang), t(lang, '机构', 'Institution'), t(lang, '所在地区', 'Region'), t(lang, '机构类型', 'Type'),
      t(lang, '自评状态', 'Self status'), t(lang, '自评总分', 'Self total'), t(lang, '等级', 'Band'),
      ...d.sections.map((s) => `${text(s.title, lang)}${t(lang, '（得分率）', ' (score)')}`),
      t(lang, '专家总分', 'Expert total'), t(lang, '差值（专家−自评）', 'Gap (expert − self)'), t(lang, '评估表版本', 'Checklist version'), t(lang, '引擎版本', 'Engine version'),
    ],
    rows: ranked.map((r, i) => [
      r.self?.total != null ? i + 1 : null, r.institutionId, text(r.name, lang), text(r.region?.name, lang), r.institutionType && (text(types.get(r.institutionType), lang) ?? r.institutionType),
      stageWord(r.selfStage, lang), r.self?.total ?? null, text(r.self?.band?.label, lang),
      ...d.sections.map((_, k) => r.self?.sections[k] ?? null),
      r.expert?.total ?? null, r.gap, r.self?.checklistVersion ?? null, r.self?.engineVersion ?? null,
    ]),
  };
}

function attainmentTable(d: RoundDashboard, rows: DashboardRow[], lang: ExportLang): Table {
  const statuses = ['met', 'partial', 'not-met', 'missing', 'not-applicable'];
  const counts = d.criteria.map((_, k) => {
    const out: Record<string, number> = {};
    for (const r of rows) {
      const status = r.self ? LETTER_STATUS[r.self.statuses[k] ?? ''] : undefined;
      if (status) out[status] = (out[status] ?? 0) + 1;
    }
    return out;
  });
  const order = d.criteria.map((c, k) => ({ c, k })).sort((a, b) => (counts[b.k]!['not-met'] ?? 0) - (counts[a.k]!['not-met'] ?? 0));
  return {
    name: t(lang, '指标未达标排行', 'criteria not met'),
    header: [idHeader('criterion', lang), t(lang, '条款', 'Clause'), t(lang, '指标', 'Criterion'), ...statuses.map((s) => word(CRITERION_STATUS, s, lang))],
    rows: order.map(({ c, k }) => [c.id, c.clause, text(c.title, lang), ...statuses.map((s) => counts[k]![s] ?? 0)]),
  };
}

function heatTable(d: RoundDashboard, rows: DashboardRow[], lang: ExportLang): Table {
  return {
    name: t(lang, '热力图', 'heat map'),
    header: [idHeader('institution', lang), t(lang, '机构', 'Institution'), ...d.criteria.map((c) => text(c.title, lang) ?? c.id)],
    rows: rows.map((r) => [r.institutionId, text(r.name, lang), ...d.criteria.map((_, k) => (r.self ? word(CRITERION_STATUS, LETTER_STATUS[r.self.statuses[k] ?? ''] ?? '', lang) || null : null))]),
  };
}

/**
 * The round export narrowed to what the filter shows: an institution round to the dashboard's rows;
 * a region round (whose participants are regions, no institution rows) to the filtered region.
 */
function narrowExport(full: RoundExport, rows: DashboardRow[], filter: DashboardFilter): RoundExport {
  if (full.participants === 'region') {
    const keep = (id: string | undefined) => !filter.institutionType && (!filter.regionId || id === filter.regionId);
    return {
      ...full,
      regions: full.regions.filter((x) => keep(x.regionId)),
      facts: full.facts.filter((f) => f.participant.type === 'region' && keep(f.participant.id)),
      differences: full.differences.filter((x) => x.regionId !== undefined && keep(x.regionId)),
    };
  }
  const ids = new Set(rows.map((r) => r.institutionId));
  return {
    ...full,
    institutions: full.institutions.filter((i) => ids.has(i.institutionId)),
    byRegion: full.byRegion.filter((g) => !filter.regionId || g.regionId === filter.regionId),
    facts: full.facts.filter((f) => f.participant.type === 'institution' && ids.has(f.participant.id)),
    differences: full.differences.filter((x) => ids.has(x.institutionId ?? '')),
  };
}

/**
 * The dashboard's tables for one filter: ranking with section scores, criteria by how often they
 * are not met, the heat map in words, and from the round export the summary (versions), the
 * participants, each criterion's actual value, target and gap, and self-vs-expert differences,
 * picked by what they are (an institution round has more participant tables than a region round).
 * Institution types read as `types` labels them (a code no checklist labels stays as it is).
 */
export function dashboardTables(d: RoundDashboard, full: RoundExport, filter: DashboardFilter, lang: ExportLang = 'zh', types: TypeLabels = new Map()): Table[] {
  const rows = d.rows.filter((r) => matchesFilter(r, filter));
  const { summary, participants, facts, differences } = resultTableSet(narrowExport(full, rows, filter), lang);
  return [summary, rankingTable(d, rows, lang, types), attainmentTable(d, rows, lang), heatTable(d, rows, lang), ...participants, facts, differences];
}
