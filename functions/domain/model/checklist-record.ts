import type { AuditEntry } from './audit-entry.js';

/** One published, immutable checklist version as stored (the definition kept verbatim). */
export interface ChecklistRecord {
  id: string;
  version: number;
  status: 'published' | 'retired';
  title: { zh: string; en?: string };
  /** The definition exactly as published (status inside it is the author's, `status` above rules). */
  definition: Record<string, unknown>;
  publishedAt: string;
  publishedBy: string;
  /** Item version for optimistic locking (retiring is the only change allowed). */
  itemVersion: number;
  audit: AuditEntry[];
}

/** What a checklist list shows. */
export type ChecklistSummary = Omit<ChecklistRecord, 'definition' | 'audit'>;
