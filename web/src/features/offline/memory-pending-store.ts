import type { PendingDraft, PendingStore } from './pending-store';

/** The pending store in memory: for unit tests of the outbox, and where IndexedDB is missing. */
export function createMemoryPendingStore(): PendingStore {
  const records = new Map<string, PendingDraft>();
  const copy = <T>(v: T): T => structuredClone(v);
  return {
    async get(key) {
      const found = records.get(key);
      return found && copy(found);
    },
    async list(user) {
      return [...records.values()].filter((r) => r.user === user).sort((a, b) => a.queuedAt - b.queuedAt).map(copy);
    },
    async update(key, change) {
      const current = records.get(key);
      const next = change(current && copy(current));
      if (next) records.set(key, copy(next));
      else records.delete(key);
      return next;
    },
  };
}
