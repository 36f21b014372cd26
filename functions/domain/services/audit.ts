import type { AuditEntry } from '../model/audit-entry.js';

interface Audited {
  version: number;
  updatedAt: string;
  audit: AuditEntry[];
}

/**
 * The next state of an entity: `changes` applied, version bumped, and the audit entry appended,
 * so that storing it is the single conditional write that records both.
 */
export function advance<T extends Audited>(current: T, changes: Partial<T>, by: string, action: string, at: Date, summary?: Record<string, unknown>): T {
  const version = current.version + 1;
  const entry: AuditEntry = { at: at.toISOString(), by, action, version, ...(summary ? { changes: summary } : {}) };
  return { ...current, ...changes, version, updatedAt: entry.at, audit: [...current.audit, entry] };
}

/** The first audit entry of a new entity. */
export function created(by: string, at: Date, summary?: Record<string, unknown>): AuditEntry[] {
  return [{ at: at.toISOString(), by, action: 'create', version: 1, ...(summary ? { changes: summary } : {}) }];
}

/** Top-level keys whose JSON differs between two records: what a save changed, without the values. */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
