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
 * the keys they changed, how many saves it stands for and when the first one was, and what
 * `detail` makes of the session's earlier entry and this save (which answers and files changed).
 */
export function advanceSave<T extends Audited>(current: T, changes: Partial<T>, by: string, at: Date, keys: string[], detail?: (session: Record<string, unknown> | undefined) => Record<string, unknown>): T {
  const last = current.audit.at(-1);
  const lastChanges = (last?.changes ?? {}) as { keys?: unknown; saves?: unknown; since?: unknown };
  const sameSession = last?.action === 'save' && last.by === by && at.getTime() - Date.parse(last.at) <= SAVE_SESSION_MS;
  // `detail` folds what this save changed into what the session's entry already says (or starts it).
  if (!sameSession) return advance(current, changes, by, 'save', at, { keys, ...detail?.(undefined) });
  const merged = [...new Set([...(Array.isArray(lastChanges.keys) ? (lastChanges.keys as string[]) : []), ...keys])].sort();
  const saves = (typeof lastChanges.saves === 'number' ? lastChanges.saves : 1) + 1;
  const since = typeof lastChanges.since === 'string' ? lastChanges.since : last.at;
  const next = advance({ ...current, audit: current.audit.slice(0, -1) }, changes, by, 'save', at, { keys: merged, saves, since, ...detail?.(last.changes) });
  return next;
}

/** The first audit entry of a new entity. */
export function created(by: string, at: Date, summary?: Record<string, unknown>): AuditEntry[] {
  return [{ at: at.toISOString(), by, action: 'create', version: 1, ...(summary ? { changes: summary } : {}) }];
}

/**
 * True when `a` and `b` have the same JSON, member order aside. Walks both instead of serialising
 * them: a draft save compares its answers with the stored ones on every autosave, and two
 * serialisations of the answer set were most of that comparison's cost (issue 13.2).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return JSON.stringify(a) === JSON.stringify(b);
  // Dates and the like serialise through toJSON, which a walk of their own keys would miss.
  if (typeof (a as { toJSON?: unknown }).toJSON === 'function' || typeof (b as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i] ?? null, b[i] ?? null)) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // JSON leaves out members whose value is undefined (or a function).
  const kept = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined && typeof o[k] !== 'function');
  const keys = kept(x);
  if (keys.length !== kept(y).length) return false;
  for (const k of keys) if (!Object.hasOwn(y, k) || !sameJson(x[k], y[k])) return false;
  return true;
}

/** Top-level keys whose JSON differs between two records: what a save changed, without the values. */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !sameJson(before[k], after[k])).sort();
}
