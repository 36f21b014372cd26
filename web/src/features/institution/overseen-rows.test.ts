import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { overseenRows } from './overseen-rows';

const name = (zh: string) => ({ zh, en: zh });
const base = { round: {}, checklistTitle: name('表'), checklistVersions: [2], engineVersions: ['1.0.0'], mixedVersions: false, byRegion: [], criteria: [], differences: [] };

describe('overseen rows', () => {
  it('gives each institution its self and expert standing: score and band once scored, the status before', () => {
    const results = {
      ...base,
      participants: 'institution',
      regions: [],
      institutions: [
        { institutionId: 'a', name: name('甲医院'), region: null, regionId: 'r', difference: 3, self: { submissionId: 'a.self', status: 'scored', total: 82.5, band: { id: 'good', label: name('良好') }, vetoHits: ['v1'] }, expert: { submissionId: 'a.expert', status: 'draft', total: null, band: null, vetoHits: [] } },
        { institutionId: 'b', name: name('乙医院'), region: null, regionId: 'r', difference: null, self: null, expert: null },
      ],
    } as Schemas['RoundResults'];
    expect(overseenRows(results, 'r')).toEqual([
      { id: 'a', name: name('甲医院'), self: { submissionId: 'a.self', status: 'scored', total: 82.5, band: name('良好'), vetoHits: 1 }, expert: { submissionId: 'a.expert', status: 'draft', total: null, band: null, vetoHits: 0 } },
      { id: 'b', name: name('乙医院'), self: null, expert: null },
    ]);
  });

  it('leaves the commission’s own region out of a region round (its home lists that already)', () => {
    const results = {
      ...base,
      participants: 'region',
      institutions: [],
      regions: [
        { regionId: 'city', name: name('市'), parent: null, self: null, expert: null, difference: null },
        { regionId: 'county', name: name('县'), parent: null, self: { submissionId: 'c.self', status: 'submitted', total: null, band: null, vetoHits: [] }, expert: null, difference: null },
      ],
    } as Schemas['RoundResults'];
    expect(overseenRows(results, 'city').map((r) => [r.id, r.self?.status ?? null])).toEqual([['county', 'submitted']]);
  });
});
