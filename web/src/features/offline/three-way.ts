import { diffAnswers } from '../filling/components/ConflictDialog';
import type { DraftContent } from './pending-store';

/** One answer that differs between the user's offline copy and the server's. */
export interface ConflictRow {
  path: string;
  mine: unknown;
  server: unknown;
  /** The user changed it offline (from the copy they started from). */
  mineChanged: boolean;
  /** Someone changed it on the server meanwhile. */
  serverChanged: boolean;
}

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

/** How many answers and evidence lists the user changed from `base`: the "待同步 n 项" count. */
export function countEdits(base: DraftContent, content: DraftContent): number {
  return diffAnswers(base.answers, content.answers).length + diffAnswers(base.evidence, content.evidence).length;
}

/**
 * Every answer on which the user's copy and the server's differ, with who changed it since
 * `base` (unknown base: both count as changed). Nothing is left out: the user sees each one.
 */
export function conflictRows(base: DraftContent | undefined, mine: DraftContent, server: DraftContent): ConflictRow[] {
  return diffAnswers(mine.answers, server.answers).map((d) => {
    const was = base ? valueAt(base.answers, d.path) : Symbol('unknown');
    return { path: d.path, mine: d.mine, server: d.theirs, mineChanged: !same(was, d.mine), serverChanged: !same(was, d.theirs) };
  });
}

/** The side a row starts on: the user's own offline edit, else the server's newer value. */
export const defaultChoice = (row: ConflictRow): 'mine' | 'server' => (row.mineChanged ? 'mine' : 'server');

/**
 * The draft to save after the user chose per answer: the server's copy with the chosen answers
 * of theirs laid over it. Evidence: each criterion's list as the user left it where they changed
 * it offline, the server's elsewhere; where both changed it, the union, so no file is dropped.
 */
export function applyChoices(base: DraftContent | undefined, mine: DraftContent, server: DraftContent, choices: Record<string, 'mine' | 'server'>): DraftContent {
  let answers = server.answers;
  for (const row of conflictRows(base, mine, server)) {
    if ((choices[row.path] ?? defaultChoice(row)) === 'mine') answers = withValueAt(answers, row.path, row.mine);
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
  return { answers, evidence };
}
