import { ApiError } from '../../api/client';
import { pendingKey, type DraftContent, type PendingDraft, type PendingStart, type PendingStore } from './pending-store';
import type { OutboxEvent, OutboxStatus } from './outbox';

/** Creates a submission started offline (the API's create request); its first server copy. 409 `already-exists` when another device started it first. */
export type CreateDraft = (body: Record<string, unknown>) => Promise<{ version: number } & DraftContent>;

/**
 * The pending record of a submission started on the device (offline): created on the server
 * before its first save, `start.submission` what the page opens meanwhile. A record already there
 * is kept as it is (its edits stay).
 */
export function startedRecord(current: PendingDraft | undefined, user: string, submissionId: string, start: PendingStart, content: DraftContent, at: number): PendingDraft {
  return current ?? { key: pendingKey(user, submissionId), user, submissionId, baseVersion: 0, base: content, content, queuedAt: at, updatedAt: at, state: 'pending', start };
}

/** The user's submissions started on this device and not yet created on the server. */
export async function listStarted(store: PendingStore, user: string): Promise<PendingDraft[]> {
  return (await store.list(user)).filter((r) => r.start);
}

/** What creating a started evaluation needs of the outbox whose pass sends it. */
export interface StartSender {
  store: PendingStore;
  create?: CreateDraft;
  setStatus(patch: Partial<OutboxStatus>): void;
  emit(e: OutboxEvent): void;
  /** The server answered: the back-off starts over. */
  reached(): void;
  /** A network failure or 5xx: the pass stops and is tried again later. */
  backOff(user: string, submissionId: string): void;
}

/**
 * Creates on the server an evaluation started offline. Returns the record now over the server's
 * first copy (its edits still to save), `undefined` when there is nothing more to do with it
 * now (refused, or started elsewhere first: a conflict the user settles answer by answer), or
 * `stop` when the server cannot be reached.
 */
export async function createStarted(record: PendingDraft, sender: StartSender): Promise<PendingDraft | 'stop' | undefined> {
  const unchanged = (current: PendingDraft | undefined) => current?.updatedAt === record.updatedAt;
  sender.setStatus({ syncing: true });
  sender.emit({ type: 'syncing', submissionId: record.submissionId });
  try {
    if (!sender.create) throw new Error('no create');
    const { version, ...content } = await sender.create(record.start!.body);
    const next = await sender.store.update(record.key, (current) => current && { ...current, start: undefined, baseVersion: version, base: content });
    sender.reached();
    sender.setStatus({ synced: true });
    // Edited while the request was out: the next pass saves the newest copy.
    return next && unchanged(next) ? next : undefined;
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) {
      // Started on another device first: the server's copy and this one meet answer by answer;
      // the choice is written over the server's version (`rebase`).
      const conflict = error.status === 409 && error.code === 'already-exists';
      const kept = await sender.store.update(record.key, (current) => current && { ...current, ...(conflict ? { start: undefined } : {}), state: conflict ? 'conflict' : 'failed', message: conflict ? undefined : error.message });
      if (kept) sender.emit(conflict ? { type: 'conflict', submissionId: record.submissionId } : { type: 'failed', submissionId: record.submissionId, message: error.message });
      return undefined;
    }
    sender.backOff(record.user, record.submissionId);
    return 'stop';
  }
}
