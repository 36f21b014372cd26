import type { AuditEntry } from './audit-entry.js';
import type { LocalizedText } from './localized.js';

/** The kind of evaluation a round is, as the plans name them. */
export type RoundType = 'baseline' | 'annual' | 'final';

/**
 * An evaluation round: one checklist version, its participants, the experts assigned. Who takes
 * part follows the checklist's `subject`: institutions for an `institution` (or `person`)
 * checklist, regions for a `region` checklist; the other list is empty.
 */
export interface EvaluationRound {
  id: string;
  name: LocalizedText;
  checklistId: string;
  checklistVersion: number;
  type: RoundType;
  year: number;
  institutionIds: string[];
  /** The regions evaluated, for a `region` checklist. Absent on rounds stored before regions took part: read as none. */
  regionIds?: string[];
  /** The last day to submit (ISO date, `YYYY-MM-DD`), shown to participants; informational, submitting later is not refused. */
  deadline?: string;
  /** `sub`s of the experts assigned to this round. */
  expertIds: string[];
  status: 'open' | 'closed';
  version: number;
  createdAt: string;
  updatedAt: string;
  audit: AuditEntry[];
}
