import { describe, expect, it } from 'vitest';
import { compactRoundDashboard } from '../../../../../../functions/domain/services/dashboard/compact-dashboard';
import type { DashboardRow, DashboardScore, RoundDashboard } from '../../../../../../functions/domain/services/dashboard/round-dashboard';
import { expandRoundDashboard } from './expand-dashboard';

const bands = [{ id: 'fail', label: { zh: '未达标', en: 'Not met' }, min: 0 }, { id: 'pass', label: { zh: '达标', en: 'Met' }, min: 60 }];
const score = (id: string, total: number | null, statuses: string, version = 1): DashboardScore => ({
  submissionId: id, total, band: total === null ? null : { id: bands[total >= 60 ? 1 : 0]!.id, label: bands[total >= 60 ? 1 : 0]!.label }, vetoHits: total === null ? 1 : 0,
  sections: [total, null], statuses, checklistVersion: version, engineVersion: version === 1 ? '2.0.0' : '2.1.0',
});
const row = (id: string, o: Partial<DashboardRow>): DashboardRow => ({
  institutionId: id, name: { zh: `医院${id}`, en: `Hospital ${id}` }, region: { id: 'north', name: { zh: '北县' } }, institutionType: 'general',
  selfStage: 'not-started', expertStage: 'not-started', self: null, expert: null, gap: null, ...o,
});

/** Every case the columns must carry: no region, no type, no band, an unscored criterion, gaps only on one version. */
const dashboard: RoundDashboard = {
  round: { id: 'r', name: { zh: '年度' }, year: 2025, type: 'annual', checklistId: 'c', checklistVersion: 2, status: 'open' },
  checklistTitle: { zh: '标准' },
  sections: [{ id: 's1', title: { zh: '一' } }, { id: 's2', title: { zh: '二' } }],
  criteria: [
    { id: 'beds', title: { zh: '床位' }, section: 's1', clause: '1.1', veto: false },
    { id: 'icu', title: { zh: 'ICU' }, section: 's1', clause: '1.2', veto: true },
    { id: 'staff', title: { zh: '人员' }, section: 's2', clause: '2.1', veto: false },
  ],
  bands,
  rows: [
    row('a', { selfStage: 'scored', expertStage: 'scored', self: score('a.self', 80, 'mpx'), expert: score('a.expert', 65.5, 'mna'), gap: -14.5 }),
    row('b', { region: null, institutionType: null, selfStage: 'draft' }),
    row('c', { region: { id: 'south', name: { zh: '南县', en: 'South' } }, institutionType: 'tcm', selfStage: 'scored', self: score('c.self', null, 'ni-') }),
    row('d', { selfStage: 'scored', expertStage: 'scored', self: score('d.self', 50, 'nnn', 1), expert: score('d.expert', 70, 'mmm', 2) }),
    row('e', { selfStage: 'returned', expertStage: 'submitted' }),
  ],
  checklistVersions: [1, 2],
};

describe('the compact dashboard', () => {
  it('expands back to exactly the rows the server computed (gaps derived, only where both totals share a version)', () => {
    expect(expandRoundDashboard(JSON.parse(JSON.stringify(compactRoundDashboard(dashboard))))).toEqual(dashboard);
  });

  it('sends statuses as digits, each text once, and values in columns', () => {
    const c = compactRoundDashboard(dashboard);
    expect(c.self.statuses).toEqual(['013', '25-', '222']);
    expect(c.expert.row).toEqual([0, 3]);
    expect(c.regions.map((r) => r.id)).toEqual(['north', 'south']);
    expect(c.institutions.region).toEqual([0, -1, 1, 0, 0]);
    expect(c.self.sections).toEqual([[80, null, 50], [null, null, null]]);
    expect(JSON.stringify(c)).not.toContain('未达标","en":"Not met"},"vetoHits');
  });
});
