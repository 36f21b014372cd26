import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PendingDraft, PendingStore } from './pending-store';

interface OfflineDb extends DBSchema {
  pending: { key: string; value: PendingDraft; indexes: { byUser: [string, number] } };
}

/**
 * Pending edits in IndexedDB (database `dabiao-offline`), so they outlive the tab. Each update
 * is one readwrite transaction: a sync finishing and a keystroke landing cannot interleave.
 */
export function createIdbPendingStore(): PendingStore {
  let db: Promise<IDBPDatabase<OfflineDb>> | undefined;
  const open = () =>
    (db ??= openDB<OfflineDb>('dabiao-offline', 1, {
      upgrade(d) {
        d.createObjectStore('pending', { keyPath: 'key' }).createIndex('byUser', ['user', 'queuedAt']);
      },
    }));
  return {
    async get(key) {
      return (await open()).get('pending', key);
    },
    async list(user) {
      return (await open()).getAllFromIndex('pending', 'byUser', IDBKeyRange.bound([user, -Infinity], [user, Infinity]));
    },
    async update(key, change) {
      const tx = (await open()).transaction('pending', 'readwrite');
      const next = change(await tx.store.get(key));
      if (next) await tx.store.put(next);
      else await tx.store.delete(key);
      await tx.done;
      return next;
    },
  };
}
