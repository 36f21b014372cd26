import { api, unwrap } from '../../api/client';
import { createIdbPendingStore } from './idb-pending-store';
import { createMemoryPendingStore } from './memory-pending-store';
import { Outbox } from './outbox';

/**
 * The app's one outbox: every autosaving page and the app bar's status share it, so a draft is
 * never written by two senders at once. Without IndexedDB (very old or private browsers) edits
 * still queue, in memory, for the life of the tab.
 */
export const outbox = new Outbox(typeof indexedDB === 'undefined' ? createMemoryPendingStore() : createIdbPendingStore(), (id, body) =>
  unwrap(api.PUT('/api/submissions/{id}', { params: { path: { id } }, body: body as never })),
);
