import type { ChecklistRecord } from '../../functions/domain/model/checklist-record.js';
import type { Institution } from '../../functions/domain/model/institution.js';
import type { Region } from '../../functions/domain/model/region.js';
import type { EvaluationRound } from '../../functions/domain/model/round.js';
import type { StandardScaleRecord } from '../../functions/domain/model/standard-scale-record.js';
import type { Submission } from '../../functions/domain/model/submission.js';

/** Entities as the services store them, small and valid; overrides set what a test is about. */
const at = '2025-03-01T08:00:00.000Z';
const audit = [{ at, by: 'admin', action: 'create', version: 1 }];

export const region = (id: string, o: Partial<Region> = {}): Region => ({ id, name: { zh: `地区${id}` }, level: 'county', version: 1, createdAt: at, updatedAt: at, audit, ...o });

export const institution = (id: string, regionId: string, o: Partial<Institution> = {}): Institution => ({
  id,
  name: { zh: `医院${id}` },
  regionId,
  context: { type: 'general' },
  version: 1,
  createdAt: at,
  updatedAt: at,
  audit,
  ...o,
});

export const round = (id: string, year: number, o: Partial<EvaluationRound> = {}): EvaluationRound => ({
  id,
  name: { zh: `轮次${id}` },
  checklistId: 'c',
  checklistVersion: 1,
  type: 'annual',
  year,
  institutionIds: ['a'],
  expertIds: [],
  status: 'open',
  version: 1,
  createdAt: at,
  updatedAt: at,
  audit,
  ...o,
});

export const submission = (roundId: string, institutionId: string, kind: 'self' | 'expert', o: Partial<Submission> = {}): Submission => ({
  id: `${roundId}.${institutionId}.${kind}`,
  roundId,
  institutionId,
  kind,
  checklistId: 'c',
  checklistVersion: 1,
  status: 'draft',
  revision: 0,
  version: 1,
  context: { year: 2025 },
  answers: { beds: 12, '': 'an empty key is a user document too' },
  evidence: {},
  comments: [],
  createdBy: 'u',
  createdAt: at,
  updatedAt: at,
  audit,
  ...o,
});

export const checklist = (id: string, version: number, o: Partial<ChecklistRecord> = {}): ChecklistRecord => ({
  id,
  version,
  status: 'published',
  title: { zh: `清单${id}` },
  definition: { id, version, criteria: [{ id: 'k', weight: 1.5 }] },
  publishedAt: at,
  publishedBy: 'admin',
  itemVersion: 1,
  audit,
  ...o,
});

export const scale = (id: string, version: number): StandardScaleRecord => ({
  id,
  version,
  title: { zh: `量表${id}` },
  scale: { id, version, title: { zh: `量表${id}` }, levels: [{ value: '1', label: { zh: '一级' } }] } as unknown as StandardScaleRecord['scale'],
  publishedAt: at,
  publishedBy: 'admin',
});
