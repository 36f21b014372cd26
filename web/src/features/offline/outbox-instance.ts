import { api, unwrap, type Schemas } from '../../api/client';
import { createIdbPendingStore } from './idb-pending-store';
import { createMemoryPendingStore } from './memory-pending-store';
import { Outbox, type OutboxEvent } from './outbox';
import type { DraftContent } from './pending-store';

const draftOf = (s: Schemas['Submission']) => ({ version: s.version, answers: s.answers, evidence: (s.evidence ?? {}) as DraftContent['evidence'], ...(s.notes ? { notes: s.notes } : {}) });

/**
 * The app's one outbox: every autosaving page and the app bar's status share it, so a draft is
 * never written by two senders at once. Without IndexedDB (very old or private browsers) edits
 * still queue, in memory, for the life of the tab.
 */
export const outbox = new Outbox(
  typeof indexedDB === 'undefined' ? createMemoryPendingStore() : createIdbPendingStore(),
  // The outbox keeps evidence as the API returned it; the body is the API's own draft shape. It
  // reads only the new version, so it asks for that alone (RFC 7240), not the whole submission.
  (id, body) => unwrap(api.PUT('/api/submissions/{id}', { params: { path: { id }, header: { Prefer: 'return=minimal' } }, body: body as never })),
  {
    exclusive: (pass) => (globalThis.navigator?.locks ? navigator.locks.request('dabiao-outbox', pass) : pass()),
    read: async (id) => draftOf(await unwrap(api.GET('/api/submissions/{id}', { params: { path: { id } } }))),
    create: async (body) => draftOf(await unwrap(api.POST('/api/submissions', { body: body as never }))),
  },
);

// Tabs share the IndexedDB outbox: what one tab sent, the others hear (new version, conflict).
if (typeof BroadcastChannel !== 'undefined') {
  const channel = new BroadcastChannel('dabiao-outbox');
  outbox.subscribe((e) => !e.remote && e.type !== 'syncing' && e.type !== 'unreachable' && channel.postMessage(e));
  channel.onmessage = (m: MessageEvent<OutboxEvent>) => outbox.relay(m.data);
}
