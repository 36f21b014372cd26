import { describe, expect, it } from 'vitest';
import { summarizeByRegion } from './region-summary.js';
import type { InstitutionResult, ScoreLine } from './round-results.js';

const line = (total: number, band: string): ScoreLine => ({ submissionId: 's', status: 'scored', total, band: { id: band, label: { zh: band } }, vetoHits: [], checklistVersion: 1, engineVersion: 'e' });

function row(id: string, regionId: string | null, self: ScoreLine | null): InstitutionResult {
  return { institutionId: id, name: { zh: id }, region: regionId ? { id: regionId, name: { zh: `县${regionId}` } } : null, regionId, self, expert: null, difference: null };
}

describe('summarizeByRegion', () => {
  it('groups rows by region in order of first appearance, the unknown region last, with counts, means and bands', () => {
    const rows = [row('a', 'r2', line(80, 'good')), row('b', null, null), row('c', 'r1', line(50, 'poor')), row('d', 'r2', line(61, 'good')), row('e', 'r2', null)];
    const out = summarizeByRegion(rows);
    expect(out.map((g) => [g.regionId, g.count, g.self.scored, g.self.meanTotal, g.self.bands])).toEqual([
      ['r2', 3, 2, 70.5, { good: 2 }],
      ['r1', 1, 1, 50, { poor: 1 }],
      [null, 1, 0, null, {}],
    ]);
    expect(out[0]!.name).toEqual({ zh: '县r2' });
  });

  it('stays linear in a large region: 20,000 institutions of one county are grouped', () => {
    // Copying the group for every row (as it once did) took 200 million copies here: minutes, past
    // the limit below. Linear, it takes tens of milliseconds; the limit leaves room for a loaded machine.
    const rows = Array.from({ length: 20_000 }, (_, i) => row(`i${i}`, 'big', line(60, 'pass')));
    const [group] = summarizeByRegion(rows);
    expect(group!.count).toBe(20_000);
    expect(group!.self.meanTotal).toBe(60);
  }, 30_000);
});
