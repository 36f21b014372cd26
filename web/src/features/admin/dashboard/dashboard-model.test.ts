import { describe, expect, it } from 'vitest';
import type { DashboardRow, DashboardScore } from '../../../../../functions/domain/services/dashboard/round-dashboard';
import { bandCounts, filterRows, gapRows, notMetRanking, sortRows } from './dashboard-model';

const score = (total: number, statuses: string, sections: (number | null)[], band = total >= 60 ? 'pass' : 'fail'): DashboardScore => ({
  submissionId: 's', total, band: { id: band, label: { zh: band } }, vetoHits: 0, sections, statuses, checklistVersion: 1, engineVersion: 'e',
});
const row = (id: string, region: string, type: string, self: DashboardScore | null, expert: DashboardScore | null = null, gap: number | null = null): DashboardRow => ({
  institutionId: id, name: { zh: id }, region: { id: region, name: { zh: region } }, institutionType: type, selfStage: self ? 'scored' : 'not-started', expertStage: expert ? 'scored' : 'not-started', self, expert, gap,
});
const rows = [
  row('a', 'north', 'general', score(80, 'mn', [100, 0])),
  row('b', 'south', 'tcm', score(50, 'nn', [40, 90]), score(70, 'mn', [100, 0]), 20),
  row('c', 'north', 'general', null),
  row('d', 'north', 'tcm', score(65, 'pm', [50, 100])),
];
const criteria = [
  { id: 'beds', title: { zh: '床位' }, section: 's1', clause: '1', veto: false },
  { id: 'icu', title: { zh: 'ICU' }, section: 's2', clause: '2', veto: false },
];

describe('dashboard model', () => {
  it('filters by region and type', () => {
    expect(filterRows(rows, { regionId: 'north', institutionType: '' }).map((r) => r.institutionId)).toEqual(['a', 'c', 'd']);
    expect(filterRows(rows, { regionId: 'north', institutionType: 'tcm' }).map((r) => r.institutionId)).toEqual(['d']);
  });

  it('ranks by total or by a section, unscored last either way', () => {
    expect(sortRows(rows, 'total').map((r) => r.institutionId)).toEqual(['a', 'd', 'b', 'c']);
    expect(sortRows(rows, 'section:1').map((r) => r.institutionId)).toEqual(['d', 'b', 'a', 'c']);
    expect(sortRows(rows, 'total', true).map((r) => r.institutionId)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('counts bands, lowest first, and the unscored', () => {
    const bands = [{ id: 'pass', label: { zh: '合格' }, min: 60 }, { id: 'fail', label: { zh: '不合格' }, min: 0 }];
    expect(bandCounts(rows, bands)).toEqual({ bands: [{ id: 'fail', label: { zh: '不合格' }, count: 1 }, { id: 'pass', label: { zh: '合格' }, count: 2 }], unscored: 1 });
  });

  it('ranks criteria by how often they are not met', () => {
    expect(notMetRanking(rows, criteria).map((x) => [x.criterion.id, x.notMet, x.partial, x.scored])).toEqual([['icu', 2, 0, 3], ['beds', 1, 1, 3]]);
  });

  it('gives each criterion its share of the institutions it applied to, and lists every one that was missed, not only the first', () => {
    const many = Array.from({ length: 12 }, (_, k) => ({ id: `c${k}`, title: { zh: `指标${k}` }, section: 's1', clause: `${k}`, veto: false }));
    // Row i${who} meets criteria c0 to c${who} and misses the rest; c11 does not apply to row i0.
    const statuses = (who: number) => many.map((_, k) => (k === 11 && who === 0 ? 'a' : k > who ? 'n' : 'm')).join('');
    const three = [0, 1, 2].map((who) => row(`i${who}`, 'north', 'general', score(50, statuses(who), [50, 50])));
    const ranked = notMetRanking(three, many);
    expect(ranked).toHaveLength(11);
    expect(ranked.slice(0, 3).map((x) => [x.criterion.id, x.notMet, x.applicable, x.share])).toEqual([['c3', 3, 3, 1], ['c4', 3, 3, 1], ['c5', 3, 3, 1]]);
    expect(ranked.find((x) => x.criterion.id === 'c11')).toMatchObject({ notMet: 2, applicable: 2, share: 1 });
    expect(ranked.find((x) => x.criterion.id === 'c1')).toMatchObject({ notMet: 1, applicable: 3 });
  });

  it('counts criteria a submitted self-evaluation left unanswered as shortfalls beside not met', () => {
    // One answer out of three: the unanswered two earned nothing and must not vanish from the panel.
    const three = [...criteria, { id: 'emr', title: { zh: '电子病历' }, section: 's2', clause: '3', veto: false }];
    const sparse = [row('e', 'north', 'general', score(7.4, 'mxx', [100, 0])), row('f', 'south', 'general', score(50, 'mnx', [100, 0]))];
    expect(notMetRanking(sparse, three).map((x) => [x.criterion.id, x.notMet, x.missing, x.scored])).toEqual([['icu', 1, 1, 2], ['emr', 0, 2, 2]]);
  });

  it('lists self vs expert gaps with the number of criteria seen differently', () => {
    expect(gapRows(rows).map((x) => [x.row.institutionId, x.gap, x.criteria])).toEqual([['b', 20, 1]]);
  });
});
