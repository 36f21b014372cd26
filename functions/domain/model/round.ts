import type { AuditEntry } from './audit-entry.js';
import type { LocalizedText } from './localized.js';

/** The kind of evaluation a round is, as the plans name them. */
export type RoundType = 'baseline' | 'annual' | 'final';

/** An evaluation round: one checklist version, a set of institutions, the experts assigned. */
export interface EvaluationRound {
  id: string;
  name: LocalizedText;
  checklistId: string;
  checklistVersion: number;
  type: RoundType;
  year: number;
  institutionIds: string[];
  /** `sub`s of the experts assigned to this round. */
  expertIds: string[];
  status: 'open' | 'closed';
  version: number;
  createdAt: string;
  updatedAt: string;
  audit: AuditEntry[];
}
