import { ApiError } from '../../api/client';
import { createStarted, listStarted, startedRecord, type CreateDraft } from './offline-start';
import { pendingKey, type DraftContent, type PendingDraft, type PendingStart, type PendingStore } from './pending-store';
import { countEdits } from './three-way';

export type { CreateDraft } from './offline-start';

/** The one write the outbox makes: a draft over the version it was edited from (409 when stale). */
export type SaveDraft = (submissionId: string, body: { version: number } & DraftContent) => Promise<{ version: number }>;

/** The server's copy of a draft, read after a 409 to tell a lost reply from a real conflict. */
export type ReadDraft = (submissionId: string) => Promise<{ version: number } & DraftContent>;

/** What the outbox tells the pages about one submission; `remote`: relayed from another tab. */
export type OutboxEvent = (
  | { type: 'syncing'; submissionId: string }
  | { type: 'saved'; submissionId: string; version: number; content: DraftContent }
  | { type: 'conflict'; submissionId: string }
  | { type: 'failed'; submissionId: string; message: string; code?: string }
  | { type: 'unreachable'; submissionId: string }
) & { remote?: boolean };

/** The app bar's view: 离线 / 待同步 n 项 / 同步中 / 已同步. */
export interface OutboxStatus {
  online: boolean;
  /** Answers and evidence lists changed and not yet on the server, over all drafts. */
  pending: number;
  syncing: boolean;
  conflicts: number;
  failed: number;
  /** A write since the page loaded reached the server. */
  synced: boolean;
}

export interface OutboxOptions {
  online?: () => boolean;
  now?: () => number;
  /** First retry after a network failure; doubles per failure up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Runs one pass alone across the device's tabs (Web Locks), so two tabs never send the same draft. */
  exclusive?: (pass: () => Promise<void>) => Promise<void>;
  /**
   * After a 409: the server's copy. When it already holds the edit, the write landed and only its
   * reply was lost (the tab closed or the network dropped mid-save): that is a save, not a conflict.
   */
  read?: ReadDraft;
  /** Sends the create request of an evaluation started offline, before its first save. */
  create?: CreateDraft;
}

/**
 * Edits waiting for the server, kept in a `PendingStore` so they survive a reload or a closed tab,
 * and sent in the order they were first made, each draft over the version it was edited from. A
 * 409 is kept for the user to resolve; another refusal (4xx) is kept with its message; a network
 * failure or 5xx stops the pass and retries with back-off. Nothing is dropped but what the server
 * confirmed.
 */
export class Outbox {
  private readonly listeners = new Set<(e: OutboxEvent) => void>();
  private readonly statusListeners = new Set<() => void>();
  private snapshot: OutboxStatus = { online: true, pending: 0, syncing: false, conflicts: 0, failed: 0, synced: false };
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private readonly online: () => boolean;
  private readonly now: () => number;
  private lastUser = '';

  constructor(
    private readonly store: PendingStore,
    private readonly save: SaveDraft,
    private readonly options: OutboxOptions = {},
  ) {
    this.online = options.online ?? (() => globalThis.navigator?.onLine ?? true);
    this.now = options.now ?? Date.now;
    this.snapshot.online = this.online();
  }

  /** Records the user's newest copy of a draft. `server` is the copy it was edited from, used only when nothing is pending yet. */
  async edit(user: string, submissionId: string, server: { version: number; content: DraftContent }, content: DraftContent): Promise<void> {
    const at = this.now();
    await this.store.update(pendingKey(user, submissionId), (current) =>
      current
        ? { ...current, content, updatedAt: Math.max(at, current.updatedAt + 1), state: current.state === 'conflict' ? 'conflict' : 'pending', message: undefined }
        : { key: pendingKey(user, submissionId), user, submissionId, baseVersion: server.version, base: server.content, content, queuedAt: at, updatedAt: at, state: 'pending' },
    );
    await this.refresh(user);
  }

  /** After a conflict: the user's chosen copy, to be written over the server's newest version. */
  async rebase(user: string, submissionId: string, server: { version: number; content: DraftContent }, chosen: DraftContent): Promise<void> {
    const at = this.now();
    await this.store.update(pendingKey(user, submissionId), (current) => ({
      key: pendingKey(user, submissionId),
      user,
      submissionId,
      baseVersion: server.version,
      base: server.content,
      content: chosen,
      queuedAt: current?.queuedAt ?? at,
      updatedAt: Math.max(at, (current?.updatedAt ?? 0) + 1),
      state: 'pending',
    }));
    await this.refresh(user);
  }

  /**
   * Starts a submission on the device (offline): it is created on the server before its first
   * save, and `start.submission` is what the page opens meanwhile. A submission already started
   * here is left as it is (its edits stay).
   */
  async start(user: string, submissionId: string, start: PendingStart, content: DraftContent): Promise<void> {
    const at = this.now();
    await this.store.update(pendingKey(user, submissionId), (current) => startedRecord(current, user, submissionId, start, content, at));
    await this.refresh(user);
  }

  /** The user's submissions started on this device and not yet created on the server. */
  started(user: string): Promise<PendingDraft[]> {
    return listStarted(this.store, user);
  }

  /** The user's pending edits of a submission, if any. */
  pending(user: string, submissionId: string): Promise<PendingDraft | undefined> {
    return this.store.get(pendingKey(user, submissionId));
  }

  /** Sends every pending draft of `user`, oldest first; one pass at a time, another queued behind it. */
  sync(user: string): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await (this.options.exclusive ?? ((p) => p()))(() => this.pass(user));
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
      this.setStatus({ syncing: false });
    });
    return this.running;
  }

  /** The network came back: try at once, forgetting the back-off. */
  wake(user: string): Promise<void> {
    this.failures = 0;
    clearTimeout(this.retry);
    this.setStatus({ online: this.online() });
    return this.sync(user);
  }

  /** Recounts the user's pending edits for the status. */
  async refresh(user: string): Promise<void> {
    if (!user) return;
    this.lastUser = user;
    const all = await this.store.list(user);
    this.setStatus({
      online: this.online(),
      // An evaluation started offline is one more item to send, edited or not.
      pending: all.reduce((n, r) => n + countEdits(r.base, r.content) + (r.start ? 1 : 0), 0),
      conflicts: all.filter((r) => r.state === 'conflict').length,
      failed: all.filter((r) => r.state === 'failed').length,
    });
  }

  /** Stops retrying (sign-out, tests). */
  stop(): void {
    clearTimeout(this.retry);
  }

  /** An event from another tab's outbox (a draft this tab has open may have been sent there). */
  relay(e: OutboxEvent): void {
    this.emit({ ...e, remote: true });
    void this.refresh(this.lastUser);
  }

  subscribe(listener: (e: OutboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** For `useSyncExternalStore`. */
  readonly subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  readonly status = (): OutboxStatus => this.snapshot;

  private emit(e: OutboxEvent) {
    for (const l of this.listeners) l(e);
  }

  private setStatus(patch: Partial<OutboxStatus>) {
    const next = { ...this.snapshot, ...patch };
    if ((Object.keys(next) as (keyof OutboxStatus)[]).every((k) => next[k] === this.snapshot[k])) return;
    this.snapshot = next;
    for (const l of this.statusListeners) l();
  }

  /** The server's version when its copy already holds `record`'s edit (a write whose reply was lost); otherwise nothing. */
  private async landedCopy(record: PendingDraft): Promise<{ version: number } | undefined> {
    const server = await this.options.read?.(record.submissionId).catch(() => undefined);
    if (!server) return undefined;
    const { version, ...content } = server;
    return countEdits(content, record.content) === 0 ? { version } : undefined;
  }

  private async pass(user: string): Promise<void> {
    await this.refresh(user);
    if (!this.online()) return;
    for (const listed of await this.store.list(user)) {
      if (listed.state !== 'pending') continue;
      let record = listed;
      const key = record.key;
      const unchanged = (current: PendingDraft | undefined) => current?.updatedAt === record.updatedAt;
      if (record.start) {
        const created = await this.create(record);
        if (created === 'stop') break;
        if (!created) continue;
        record = created;
      }
      if (JSON.stringify(record.content) === JSON.stringify(record.base)) {
        if (listed.start) this.emit({ type: 'saved', submissionId: record.submissionId, version: record.baseVersion, content: record.content });
        // Edited back to what the server holds: nothing to send.
        await this.store.update(key, (current) => (unchanged(current) ? undefined : current));
        continue;
      }
      this.setStatus({ syncing: true });
      this.emit({ type: 'syncing', submissionId: record.submissionId });
      try {
        const reply = await this.save(record.submissionId, { version: record.baseVersion, ...record.content });
        // An edit that landed while the write was in flight stays pending, now over the new version.
        await this.store.update(key, (current) => (!current || unchanged(current) ? undefined : { ...current, baseVersion: reply.version, base: record.content }));
        this.failures = 0;
        this.setStatus({ synced: true });
        this.emit({ type: 'saved', submissionId: record.submissionId, version: reply.version, content: record.content });
      } catch (error) {
        if (error instanceof ApiError && error.status < 500) {
          const conflict = error.status === 409;
          const landed = conflict ? await this.landedCopy(record) : undefined;
          if (landed) {
            // The same as the 2xx path: confirmed, or still pending (edited since) over the server's version.
            await this.store.update(key, (current) => (!current || unchanged(current) ? undefined : { ...current, baseVersion: landed.version, base: record.content }));
            this.setStatus({ synced: true });
            this.emit({ type: 'saved', submissionId: record.submissionId, version: landed.version, content: record.content });
            continue;
          }
          // A draft another tab's pass already sent is gone: its 409 is no conflict of the user's.
          const kept = await this.store.update(key, (current) => current && { ...current, state: conflict ? 'conflict' : 'failed', message: conflict ? undefined : error.message, code: conflict ? undefined : error.code });
          if (kept) this.emit(conflict ? { type: 'conflict', submissionId: record.submissionId } : { type: 'failed', submissionId: record.submissionId, message: error.message, code: error.code });
          continue;
        }
        this.backOff(user, record.submissionId);
        break;
      }
    }
    await this.refresh(user);
  }

  /** A network failure or 5xx: the pass stops and is tried again later, each time later. */
  private backOff(user: string, submissionId: string) {
    this.failures += 1;
    const delay = Math.min(this.options.maxDelayMs ?? 30_000, (this.options.baseDelayMs ?? 1000) * 2 ** (this.failures - 1));
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.sync(user), delay);
    this.emit({ type: 'unreachable', submissionId });
  }

  /** Creates an evaluation started offline (see `createStarted`), reporting through this outbox. */
  private create(record: PendingDraft): Promise<PendingDraft | 'stop' | undefined> {
    return createStarted(record, {
      store: this.store,
      create: this.options.create,
      setStatus: (patch) => this.setStatus(patch),
      emit: (e) => this.emit(e),
      reached: () => {
        this.failures = 0;
      },
      backOff: (user, submissionId) => this.backOff(user, submissionId),
    });
  }
}
