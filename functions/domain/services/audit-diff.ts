import type { EvidenceFile } from '../model/submission.js';
import { sameJson } from './audit.js';

/**
 * Bounds on what a save's audit entry says. Entries live on the submission item (one DynamoDB
 * item, at most 400 KB, see ACCESS-PATTERNS.md), so an entry lists at most `fields` answers and
 * `evidence` criteria, values cut at `valueChars`: a worst-case entry (long Chinese values) is about 3 KB,
 * a usual one (a few answers) a few hundred bytes. What does not fit is counted, not listed.
 */
export const AUDIT_DIFF_LIMITS = { fields: 10, valueChars: 40, evidence: 5, filesPerSide: 3, nameChars: 60 } as const;

/** One answer a save changed: its dot path in the answers (the form's field), the value before and after (absent: unanswered). */
export interface FieldChange {
  path: string;
  from?: unknown;
  to?: unknown;
}

/** Files a save attached to or took off one criterion, by name. */
export interface EvidenceChange {
  criterionId: string;
  added?: string[];
  removed?: string[];
  /** Files beyond the names listed on either side. */
  moreFiles?: number;
}

/** What a save (or a session of saves) changed, as an audit entry keeps it. */
export interface SaveDiff {
  fields?: FieldChange[];
  /** Changes beyond `fields` that were not listed (a field changed in two such saves counts twice). */
  moreFields?: number;
  evidence?: EvidenceChange[];
  moreEvidence?: number;
}

const ELLIPSIS = '…';

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max).join('') + ELLIPSIS : text;
}

/** A value as an entry keeps it: numbers, booleans and short texts as they are, anything long cut (as text). */
export function boundedValue(value: unknown): unknown {
  if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return cut(value, AUDIT_DIFF_LIMITS.valueChars);
  const json = JSON.stringify(value);
  return [...json].length <= AUDIT_DIFF_LIMITS.valueChars ? value : cut(json, AUDIT_DIFF_LIMITS.valueChars);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every answer whose JSON differs, by dot path; objects are walked, arrays (a multiple choice) are one value. */
function changedLeaves(before: unknown, after: unknown, prefix: string, out: FieldChange[]): void {
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) changedLeaves(b[key], a[key], prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  if (sameJson(before ?? null, after ?? null)) return;
  out.push({ path: prefix, ...(before === undefined || before === null ? {} : { from: before }), ...(after === undefined || after === null ? {} : { to: after }) });
}

const truncated = (v: unknown) => typeof v === 'string' && v.endsWith(ELLIPSIS);

/**
 * `previous` (an entry of the same editing session, or none) and the answers one save changed,
 * folded: a field keeps its first `from` and takes the last `to`; one edited back to where the
 * session found it drops out (unless cut values hide whether it did). At most
 * {@link AUDIT_DIFF_LIMITS}.fields listed; the rest counted.
 */
export function foldFieldChanges(previous: SaveDiff | undefined, before: Record<string, unknown>, after: Record<string, unknown>): Pick<SaveDiff, 'fields' | 'moreFields'> {
  const now: FieldChange[] = [];
  changedLeaves(before, after, '', now);
  const listed = new Map((previous?.fields ?? []).map((f) => [f.path, f]));
  let more = previous?.moreFields ?? 0;
  for (const change of now) {
    const from = boundedValue(change.from);
    const to = boundedValue(change.to);
    const earlier = listed.get(change.path);
    if (earlier) {
      const merged: FieldChange = { path: change.path, ...(earlier.from === undefined ? {} : { from: earlier.from }), ...(to === undefined ? {} : { to }) };
      if (sameJson(merged.from ?? null, merged.to ?? null) && !truncated(merged.from)) listed.delete(change.path);
      else listed.set(change.path, merged);
    } else if (listed.size < AUDIT_DIFF_LIMITS.fields) {
      listed.set(change.path, { path: change.path, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
    } else more += 1;
  }
  return { ...(listed.size ? { fields: [...listed.values()] } : {}), ...(more ? { moreFields: more } : {}) };
}

const names = (files: EvidenceFile[]) => files.map((f) => cut(f.name, AUDIT_DIFF_LIMITS.nameChars));

/** Files a save attached or took off, by criterion and file name (compared by stored key), folded into the session's like the answers. */
export function foldEvidenceChanges(previous: SaveDiff | undefined, before: Record<string, EvidenceFile[]>, after: Record<string, EvidenceFile[]>): Pick<SaveDiff, 'evidence' | 'moreEvidence'> {
  const listed = new Map((previous?.evidence ?? []).map((e) => [e.criterionId, { added: [...(e.added ?? [])], removed: [...(e.removed ?? [])], more: e.moreFiles ?? 0 }]));
  let more = previous?.moreEvidence ?? 0;
  for (const criterionId of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const had = new Set((before[criterionId] ?? []).map((f) => f.key));
    const has = new Set((after[criterionId] ?? []).map((f) => f.key));
    const added = names((after[criterionId] ?? []).filter((f) => !had.has(f.key)));
    const removed = names((before[criterionId] ?? []).filter((f) => !has.has(f.key)));
    if (!added.length && !removed.length) continue;
    const entry = listed.get(criterionId);
    if (!entry && listed.size >= AUDIT_DIFF_LIMITS.evidence) {
      more += 1;
      continue;
    }
    const target = entry ?? { added: [], removed: [], more: 0 };
    // A file attached and taken off again within the session was never there for a reader.
    for (const name of removed) {
      const i = target.added.indexOf(name);
      if (i >= 0) target.added.splice(i, 1);
      else target.removed.push(name);
    }
    target.added.push(...added);
    listed.set(criterionId, target);
  }
  const max = AUDIT_DIFF_LIMITS.filesPerSide;
  const evidence = [...listed.entries()]
    .filter(([, e]) => e.added.length || e.removed.length || e.more)
    .map(([criterionId, e]) => {
      const moreFiles = e.more + Math.max(0, e.added.length - max) + Math.max(0, e.removed.length - max);
      return {
        criterionId,
        ...(e.added.length ? { added: e.added.slice(0, max) } : {}),
        ...(e.removed.length ? { removed: e.removed.slice(0, max) } : {}),
        ...(moreFiles ? { moreFiles } : {}),
      };
    });
  return { ...(evidence.length ? { evidence } : {}), ...(more ? { moreEvidence: more } : {}) };
}
