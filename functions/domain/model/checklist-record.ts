import type { AuditEntry } from './audit-entry.js';
import type { Subject } from './participant.js';

/** One published, immutable checklist version as stored (the definition kept verbatim). */
export interface ChecklistRecord {
  id: string;
  version: number;
  status: 'published' | 'retired';
  title: { zh: string; en?: string };
  /**
   * Whom the checklist evaluates, copied from the definition when published so that lists (which
   * never read definitions) can show it. Absent on versions stored before it was copied: the
   * checklist service fills it in from the definition.
   */
  subject?: Subject;
  /** The definition exactly as published (status inside it is the author's, `status` above rules). */
  definition: Record<string, unknown>;
  publishedAt: string;
  publishedBy: string;
  /** Item version for optimistic locking (retiring and restoring are the only changes allowed). */
  itemVersion: number;
  /**
   * The last retirement or restoration: who and when, kept in the summary so the console's list
   * says it without reading the audit. Absent until a version is first retired.
   */
  statusChange?: { action: 'retire' | 'restore'; at: string; by: string };
  audit: AuditEntry[];
}

/** What a checklist list shows. */
export type ChecklistSummary = Omit<ChecklistRecord, 'definition' | 'audit'>;
