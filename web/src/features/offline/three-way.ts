import { diffAnswers } from '../filling/components/diff-answers';
import type { DraftContent } from './pending-store';

/** One answer (or expert's note) that differs between the user's offline copy and the server's. */
export interface ConflictRow {
  /** `answer`: `path` is the answer's dotted path; `note`: `path` is the criterion id of an expert's note. */
  kind: 'answer' | 'note';
  path: string;
  /** What the user's choice for this row is keyed by (see {@link rowKey}). */
  key: string;
  mine: unknown;
  server: unknown;
  /** The user changed it offline (from the copy they started from). */
  mineChanged: boolean;
  /** Someone changed it on the server meanwhile. */
  serverChanged: boolean;
}

/**
 * The key of a row's choice: an answer's path as it is (so callers can name answers by path), a
 * note's criterion id behind `note:`, which no answer path can start with since answer paths are
 * the form schema's property names joined by dots and a note of criterion `a` must not be taken
 * for an answer `a`.
 */
export const rowKey = (kind: ConflictRow['kind'], path: string) => (kind === 'note' ? `note:${path}` : path);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The value at a dotted answer path. */
export function valueAt(answers: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isObj(node) ? node[key] : undefined), answers);
}

/** A copy of `answers` with `path` set to `value` (removed when `value` is undefined). */
export function withValueAt(answers: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const next = { ...answers };
  if (!rest.length) {
    if (value === undefined) delete next[head];
    else next[head] = value;
    return next;
  }
  next[head] = withValueAt(isObj(answers[head]) ? answers[head] : {}, rest.join('.'), value);
  return next;
}

/** The notes whose text differs between two copies, by criterion id (an empty note is no note). */
function differingNotes(a: DraftContent['notes'], b: DraftContent['notes']): string[] {
  const ids = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...ids].filter((id) => (a?.[id] || undefined) !== (b?.[id] || undefined));
}

/** How many answers, evidence lists and notes the user changed from `base`: the "待同步 n 项" count. */
export function countEdits(base: DraftContent, content: DraftContent): number {
  return diffAnswers(base.answers, content.answers).length + diffAnswers(base.evidence, content.evidence).length + differingNotes(base.notes, content.notes).length;
}

/**
 * Every answer and note on which the user's copy and the server's differ, with who changed it
 * since `base` (unknown base: both count as changed). Nothing is left out: the user sees each one.
 * Answers come first, in the form's order, then notes.
 */
export function conflictRows(base: DraftContent | undefined, mine: DraftContent, server: DraftContent): ConflictRow[] {
  const unknown = Symbol('unknown');
  const answers = diffAnswers(mine.answers, server.answers).map((d): ConflictRow => {
    const was = base ? valueAt(base.answers, d.path) : unknown;
    return { kind: 'answer', path: d.path, key: rowKey('answer', d.path), mine: d.mine, server: d.theirs, mineChanged: !same(was, d.mine), serverChanged: !same(was, d.theirs) };
  });
  const notes = differingNotes(mine.notes, server.notes).map((id): ConflictRow => {
    const was = base ? base.notes?.[id] || undefined : unknown;
    const m = mine.notes?.[id] || undefined;
    const s = server.notes?.[id] || undefined;
    return { kind: 'note', path: id, key: rowKey('note', id), mine: m, server: s, mineChanged: was !== m, serverChanged: was !== s };
  });
  return [...answers, ...notes];
}

/** The side a row starts on: the user's own offline edit, else the server's newer value. */
export const defaultChoice = (row: ConflictRow): 'mine' | 'server' => (row.mineChanged ? 'mine' : 'server');

/**
 * The draft to save after the user chose per row (`choices` keyed by {@link ConflictRow.key}):
 * the server's copy with the chosen answers and notes of theirs laid over it. Evidence: each
 * criterion's list as the user left it where they changed it offline, the server's elsewhere;
 * where both changed it, the union, so no file is dropped. Notes are part of the result only when
 * either side has them (a self-evaluation has none, and an added empty object would read as an edit).
 */
export function applyChoices(base: DraftContent | undefined, mine: DraftContent, server: DraftContent, choices: Record<string, 'mine' | 'server'>): DraftContent {
  let answers = server.answers;
  const notes: Record<string, string> = { ...server.notes };
  for (const row of conflictRows(base, mine, server)) {
    if ((choices[row.key] ?? defaultChoice(row)) !== 'mine') continue;
    if (row.kind === 'answer') answers = withValueAt(answers, row.path, row.mine);
    else if (row.mine === undefined) delete notes[row.path];
    else notes[row.path] = row.mine as string;
  }
  const evidence: Record<string, unknown[]> = { ...server.evidence };
  for (const id of new Set([...Object.keys(mine.evidence), ...Object.keys(server.evidence)])) {
    const m = mine.evidence[id];
    const s = server.evidence[id];
    const mineChanged = !base || !same(base.evidence[id], m);
    if (!mineChanged || same(m, s)) continue;
    const serverChanged = !base || !same(base.evidence[id], s);
    const merged = serverChanged ? [...(s ?? []), ...(m ?? []).filter((f) => !(s ?? []).some((x) => same(x, f)))] : (m ?? []);
    if (merged.length) evidence[id] = merged;
    else delete evidence[id];
  }
  return mine.notes || server.notes ? { answers, evidence, notes } : { answers, evidence };
}
