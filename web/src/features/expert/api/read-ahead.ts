import { onlineManager, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { api, apiUrl, type Schemas } from '../../../api/client';
import { useOnline } from '../../../components/OfflineNote';
import { keptOnDevice } from '../../offline';
import { READ_AHEAD_LIMITS, readAheadPath, readsAhead, roundsAhead, type ReadAhead } from '../read-ahead';
import { roundSubmissionsQuery } from './queries';

type Round = Schemas['Round'];

/** Reads already sent ahead in this page session: a return to the home does not send them again. */
const sent = new Set<string>();
/** One pass at a time: a second would send the same reads beside the first's. */
let sending = false;

const READY = ['ready-offline'];

const subscribeWorker = (onChange: () => void) => {
  navigator.serviceWorker?.addEventListener('controllerchange', onChange);
  return () => navigator.serviceWorker?.removeEventListener('controllerchange', onChange);
};
const workerControls = () => typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;

/** Whether a service worker controls the page: only then does a read get kept for offline use. */
function useWorkerControls(): boolean {
  return useSyncExternalStore(subscribeWorker, workerControls, () => false);
}

/** The user asked the browser to spend little data (Android's data saver): nothing is read ahead. */
const savingData = () => typeof navigator !== 'undefined' && !!(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;

/** Until the browser is idle (or a few seconds have passed): the home's own reads go first. */
const idle = () => new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 3000 }) : setTimeout(resolve, 1000)));

/**
 * One read, through the app's client (the same URL and authorization as the on-site page's own,
 * and its refresh on a 401), at low priority; only the worker's copy of the reply is wanted.
 * Throws when the network fails.
 */
async function readAhead(read: ReadAhead): Promise<void> {
  if (read.kind === 'checklist') {
    await api.GET('/api/checklists/{id}', { params: { path: { id: read.checklistId }, query: { version: String(read.version) } }, priority: 'low' });
  } else {
    await api.GET('/api/submissions/{id}', { params: { path: { id: read.id } }, priority: 'low' });
  }
}

/**
 * Sends the reads ahead one at a time (a phone's network and the shared API are not crowded), each
 * once per page session, stopping when offline or on a network failure (what was not sent is
 * tried on the next visit of the home). Nothing with the browser's data saver on, nor beside a
 * pass still under way.
 */
export async function sendAhead(client: QueryClient, rounds: readonly Round[]): Promise<void> {
  if (sending || savingData() || !onlineManager.isOnline()) return;
  sending = true;
  try {
    await idle();
    const due = roundsAhead(rounds, READ_AHEAD_LIMITS.rounds);
    // The lists the home's round cards read (one read each, shared): they name the self-evaluations and drafts.
    const lists = new Map(await Promise.all(due.map(async (r) => [r.id, await client.ensureQueryData(roundSubmissionsQuery(r.id)).catch(() => undefined)] as const)));
    for (const read of readsAhead(due, (id) => lists.get(id))) {
      const path = readAheadPath(read);
      if (sent.has(path)) continue;
      if (!onlineManager.isOnline()) return;
      try {
        await readAhead(read);
      } catch {
        return;
      }
      sent.add(path);
      if (read.kind === 'checklist') void client.invalidateQueries({ queryKey: READY });
    }
    // The worker writes its copy after handing the reply over: the cards ask once more a little later.
    setTimeout(() => void client.invalidateQueries({ queryKey: READY }), 2000);
  } finally {
    sending = false;
  }
}

/**
 * On the expert's home, once online and under the service worker, reads ahead in the background
 * what an on-site evaluation of the assigned open rounds needs offline (`readsAhead`): the worker
 * keeps the replies, so an expert who never opened a round's form on this phone can still start
 * one at the hospital. Not with the browser's data saver on; each read once per page session.
 */
export function useReadAhead(rounds: readonly Round[] | undefined): void {
  const client = useQueryClient();
  const online = useOnline();
  const controlled = useWorkerControls();
  useEffect(() => {
    if (rounds && online && controlled) void sendAhead(client, rounds);
  }, [client, rounds, online, controlled]);
}

/**
 * Whether a blank on-site evaluation of the round can start on this device offline: the worker
 * keeps its checklist version and the list of participants the home names them and takes their
 * context from (`participants`: `/api/institutions` or `/api/regions`). False without a worker.
 */
export function useReadyOffline(round: Round, participants: '/api/institutions' | '/api/regions') {
  return useQuery({
    queryKey: [...READY, round.checklistId, round.checklistVersion, participants],
    networkMode: 'always',
    staleTime: 0,
    queryFn: async () => (await keptOnDevice(apiUrl(readAheadPath({ kind: 'checklist', checklistId: round.checklistId, version: round.checklistVersion })))) && keptOnDevice(apiUrl(participants)),
  }).data;
}
