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

/** Saves by one author this close together are one editing session in the audit trail. */
export const SAVE_SESSION_MS = 30 * 60 * 1000;

/**
 * {@link advance} for a draft save. Autosave writes every few seconds while someone types, and an
 * entry per write grew the item by ≈ 140 characters each time (a busy draft would approach
 * DynamoDB's 400 KB item limit after a few thousand saves): consecutive saves by the same author
 * within {@link SAVE_SESSION_MS} of the previous one fold into one entry, which keeps the union of
 * the keys they changed, how many saves it stands for and when the first one was.
 */
export function advanceSave<T extends Audited>(current: T, changes: Partial<T>, by: string, at: Date, keys: string[]): T {
  const last = current.audit.at(-1);
  const lastChanges = (last?.changes ?? {}) as { keys?: unknown; saves?: unknown; since?: unknown };
  const sameSession = last?.action === 'save' && last.by === by && at.getTime() - Date.parse(last.at) <= SAVE_SESSION_MS;
  if (!sameSession) return advance(current, changes, by, 'save', at, { keys });
  const merged = [...new Set([...(Array.isArray(lastChanges.keys) ? (lastChanges.keys as string[]) : []), ...keys])].sort();
  const saves = (typeof lastChanges.saves === 'number' ? lastChanges.saves : 1) + 1;
  const since = typeof lastChanges.since === 'string' ? lastChanges.since : last.at;
  const next = advance({ ...current, audit: current.audit.slice(0, -1) }, changes, by, 'save', at, { keys: merged, saves, since });
  return next;
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
