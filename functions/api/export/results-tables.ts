import type { RoundResults } from '../../domain/services/round-results.js';

/** A titled table: the shape both exports write. */
export interface Table {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

const STATUSES = ['met', 'partial', 'not-met', 'missing', 'not-applicable', 'info'];

/** Round results as three tables: institutions, criterion attainment, self vs expert differences. */
export function resultTables(r: RoundResults): Table[] {
  const names = new Map(r.institutions.map((i) => [i.institutionId, i.name.zh]));
  return [
    {
      name: 'institutions',
      header: ['institution_id', '机构 institution', '自评总分 self total', '自评等级 self band', '专家总分 expert total', '专家等级 expert band', '差值 difference', '自评状态 self status', '专家状态 expert status'],
      rows: r.institutions.map((i) => [
        i.institutionId,
        i.name.zh,
        i.self?.total ?? null,
        i.self?.band?.label.zh ?? null,
        i.expert?.total ?? null,
        i.expert?.band?.label.zh ?? null,
        i.difference,
        i.self?.status ?? null,
        i.expert?.status ?? null,
      ]),
    },
    {
      name: 'criteria',
      header: ['criterion_id', '条款 clause', '指标 criterion', ...STATUSES.map((s) => `self_${s}`), ...STATUSES.map((s) => `expert_${s}`)],
      rows: r.criteria.map((c) => [c.id, c.clause, c.title.zh, ...STATUSES.map((s) => c.self[s] ?? 0), ...STATUSES.map((s) => c.expert[s] ?? 0)]),
    },
    {
      name: 'differences',
      header: ['institution_id', '机构 institution', 'criterion_id', '自评 self', '专家 expert', '自评得分 self points', '专家得分 expert points'],
      rows: r.differences.map((d) => [d.institutionId, names.get(d.institutionId) ?? d.institutionId, d.criterionId, d.self.status, d.expert.status, d.self.points, d.expert.points]),
    },
  ];
}
