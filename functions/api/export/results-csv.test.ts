import { describe, expect, it } from 'vitest';
import type { RoundExport } from '../../domain/services/round-export.js';
import { resultsToCsv } from './results-csv.js';

const results: RoundExport = {
  round: { id: 'r1', name: { zh: '轮次' }, year: 2025, type: 'annual', checklistId: 'c', checklistVersion: 1, status: 'open' },
  checklistTitle: { zh: '清单' },
  checklistVersions: [1],
  engineVersions: ['1.0.0'],
  mixedVersions: false,
  participants: 'institution',
  institutions: [
    {
      institutionId: 'a',
      name: { zh: '甲医院, "东院"' },
      region: { id: 'x', name: { zh: '某县' } },
      regionId: 'x',
      self: { submissionId: 's', status: 'scored', total: 80, band: { id: 'good', label: { zh: '良' } }, vetoHits: [], checklistVersion: 1, engineVersion: '1.0.0' },
      expert: null,
      difference: null,
    },
  ],
  regions: [],
  byRegion: [],
  criteria: [{ id: 'k1', title: { zh: '=SUM(A1)' }, clause: '一', section: 's', self: { met: 1 }, expert: {} }],
  differences: [],
  facts: [],
};

describe('resultsToCsv', () => {
  it('quotes separators, neutralises formulas and keeps Chinese readable with a BOM', () => {
    const csv = resultsToCsv(results);
    expect(csv.startsWith('\uFEFF# 概况')).toBe(true);
    expect(csv).toContain('a,"甲医院, ""东院""",某县,已评分,80,良,,1,1.0.0,未开始,,,,,,');
    expect(csv).toContain("k1,一,'=SUM(A1),1,0");
  });
});

describe('the veto column', () => {
  it('names the veto items hit by their titles, in the reader’s language, not by their ids', () => {
    const hit: RoundExport = {
      ...results,
      institutions: [{ ...results.institutions[0]!, self: { ...results.institutions[0]!.self!, vetoHits: ['no-debt', 'gone'] } }],
      criteria: [{ id: 'no-debt', title: { zh: '不得违规新增举借长期债务', en: 'No new long-term debt' }, clause: '三', section: 's', self: {}, expert: {} }],
    };
    expect(resultsToCsv(hit)).toContain(',良,不得违规新增举借长期债务；gone,1,');
    expect(resultsToCsv(hit, 'en')).toContain('No new long-term debt; gone');
  });
});
