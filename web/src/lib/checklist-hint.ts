/**
 * Which checklist version a submission was last seen to use, kept on the device so that a form
 * opened again (a link, a reload, the home page's button) reads its checklist beside the
 * submission instead of after it: one round trip fewer before the form can render. Only a hint:
 * a submission can move to a newer version (a re-score), so the reader checks it against the
 * submission's own `checklistId`/`checklistVersion` and reads the right one when they differ.
 * Nothing personal is kept (a submission id, a public checklist's id and version). Imports
 * nothing: the start-up script (`app/early-start.ts`) bundles it alone.
 */
export const HINT_KEY = 'dabiao.checklist-of';
/** Enough for every form an institution or an expert has open; the least recently used go first. */
export const MAX_HINTS = 50;

/** A published checklist version, as a submission names it. */
export interface ChecklistRef {
  checklistId: string;
  checklistVersion: number;
}

type Hints = Record<string, [string, number]>;

function read(): Hints {
  try {
    const kept = JSON.parse(localStorage.getItem(HINT_KEY) ?? '{}') as unknown;
    return kept && typeof kept === 'object' && !Array.isArray(kept) ? (kept as Hints) : {};
  } catch {
    return {};
  }
}

/**
 * Stores `hints` with at most {@link MAX_HINTS} entries, dropping the least recently used: the
 * object's insertion order is its recency (string keys keep it), so the first keys go. Writes
 * only when something changed; storage errors are ignored (private mode, a full storage: the
 * form still opens, its reads one after the other).
 */
function write(hints: Hints, before: string): void {
  const ids = Object.keys(hints);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_HINTS))) delete hints[id];
  const after = JSON.stringify(hints);
  if (after === before) return;
  try {
    localStorage.setItem(HINT_KEY, after);
  } catch {
    // See above: only a hint.
  }
}

/** Moves (or puts) `id` last: the most recently used. */
function touch(hints: Hints, id: string, ref: [string, number]): void {
  delete hints[id];
  hints[id] = ref;
}

/**
 * The checklist version `submissionId` was last seen with, if any (and well formed). A hint read
 * is a form opened: it becomes the most recently used, the last to be dropped.
 */
export function checklistHint(submissionId: string): ChecklistRef | undefined {
  const hints = read();
  const hint = hints[submissionId];
  if (!Array.isArray(hint) || typeof hint[0] !== 'string' || !Number.isInteger(hint[1])) return undefined;
  const before = JSON.stringify(hints);
  touch(hints, submissionId, hint);
  write(hints, before);
  return { checklistId: hint[0], checklistVersion: hint[1] };
}

/**
 * Keeps the checklist version of each submission given (as read from the API; one that names
 * none is skipped), each now the most recently used, in the order given.
 */
export function rememberChecklists(submissions: readonly { id: string; checklistId?: string; checklistVersion?: number }[]): void {
  const hints = read();
  const before = JSON.stringify(hints);
  for (const s of submissions) {
    if (typeof s.checklistId !== 'string' || !Number.isInteger(s.checklistVersion)) continue;
    touch(hints, s.id, [s.checklistId, s.checklistVersion!]);
  }
  write(hints, before);
}
