/**
 * What a draft holds: the answers and the evidence list per criterion, as the API stores them,
 * and on an expert's evaluation the notes per criterion id.
 */
export interface DraftContent {
  answers: Record<string, unknown>;
  evidence: Record<string, unknown[]>;
  notes?: Record<string, string>;
}

/**
 * An evaluation started on the device while offline, not yet on the server: the API's create
 * request, sent before the first save, and the copy the page opens meanwhile (the API's shape).
 */
export interface PendingStart {
  body: Record<string, unknown>;
  submission: Record<string, unknown>;
}

/**
 * Edits of one submission not yet on the server. Edits coalesce: the server stores whole drafts,
 * so the newest `content` is what will be sent, over `baseVersion`. `base` is the server's copy at
 * that version, kept to tell, on a conflict, what the user changed from what the server changed.
 */
export interface PendingDraft {
  /** `${user}|${submissionId}`: a shared device keeps each user's edits apart. */
  key: string;
  user: string;
  submissionId: string;
  baseVersion: number;
  base: DraftContent;
  content: DraftContent;
  /** When the first unsynced edit was made: the outbox sends drafts in this order. */
  queuedAt: number;
  /** Changes on every edit, so a sync that raced an edit does not drop it. */
  updatedAt: number;
  /** `conflict`: the server has a newer version (409), the user must choose; `failed`: refused (4xx). */
  state: 'pending' | 'conflict' | 'failed';
  message?: string;
  /** Started offline: created on the server first (then `baseVersion` 0 and `base` the local start). */
  start?: PendingStart;
  /** A failed write's API error code (`account-disabled`, …), so the page can word it. */
  code?: string;
}

/** The key of a user's pending edits of a submission. */
export const pendingKey = (user: string, submissionId: string) => `${user}|${submissionId}`;

/** Where pending edits survive a reload or a closed tab (IndexedDB in the browser, memory in tests). */
export interface PendingStore {
  get(key: string): Promise<PendingDraft | undefined>;
  /** The user's pending drafts, oldest edit first. */
  list(user: string): Promise<PendingDraft[]>;
  /** Reads, changes and writes one record as one step; `change` returns `undefined` to delete it. */
  update(key: string, change: (current: PendingDraft | undefined) => PendingDraft | undefined): Promise<PendingDraft | undefined>;
}
