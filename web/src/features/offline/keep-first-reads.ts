import { api, authorizationHeader } from '../../api/client';
import { isKeptRead } from './kept-reads';

/** What the page knows of one request it made (a Resource Timing entry's fields). */
export interface SeenRequest {
  name: string;
  initiatorType: string;
  /** 0 when no service worker handled the request. */
  workerStart: number;
}

/**
 * The URLs to read again once the worker controls the page: the page's fetches that no worker
 * handled and that the worker would keep, once each. Resource Timing does not say a fetch's
 * method: a URL the app's client only ever wrote to (a submit, a return) is left out; one it also
 * read, or that only the start-up script fetched (its reads are GETs), is kept.
 */
export function readsToKeep(seen: readonly SeenRequest[], methods: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const urls = new Set<string>();
  for (const entry of seen) {
    if (entry.initiatorType !== 'fetch' || entry.workerStart > 0 || !isKeptRead(entry.name)) continue;
    const used = methods.get(entry.name);
    if (used && !used.has('GET')) continue;
    urls.add(entry.name);
  }
  return [...urls];
}

/**
 * On a page the worker did not control when it loaded (the first visit on a device, or one made
 * while the worker was still installing), the reads went straight to the network and the worker
 * kept none of them: reloaded offline, the page had nothing to show. When the worker takes control,
 * those reads are sent once more through it, so it keeps them as if it had seen them; their
 * replies are not used (the page already has them). Pages loaded under the worker do nothing.
 */
export function keepFirstReads(container: ServiceWorkerContainer): void {
  if (container.controller || typeof PerformanceObserver === 'undefined') return;
  const seen: SeenRequest[] = [];
  // Buffered: the start-up script's reads were made before this ran; an observer also gets the
  // entries the page's own (limited) Resource Timing buffer may no longer hold.
  const observer = new PerformanceObserver((list) => seen.push(...(list.getEntries() as PerformanceResourceTiming[])));
  observer.observe({ type: 'resource', buffered: true });
  const methods = new Map<string, Set<string>>();
  const note = (url: string, method: string) => {
    if (container.controller) return;
    const used = methods.get(url) ?? new Set<string>();
    used.add(method.toUpperCase());
    methods.set(url, used);
  };
  const record = {
    onRequest({ request }: { request: Request }) {
      note(request.url, request.method);
    },
  };
  api.use(record);
  // The pages' own fetches too (a file upload, a download): a write such as the institution
  // import's POST, re-sent as a GET, asked the API for an institution called "import" (a 404).
  const pageFetch = globalThis.fetch;
  const noting: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? new URL(input, location.href).href : input instanceof URL ? input.href : input.url;
    note(url, init?.method ?? (input instanceof Request ? input.method : 'GET'));
    return pageFetch(input, init);
  };
  globalThis.fetch = noting;
  container.addEventListener(
    'controllerchange',
    () => {
      seen.push(...(observer.takeRecords() as PerformanceResourceTiming[]));
      observer.disconnect();
      api.eject(record);
      if (globalThis.fetch === noting) globalThis.fetch = pageFetch;
      for (const url of readsToKeep(seen, methods)) {
        // Offline by now, or refused: the worker keeps nothing, as before; nothing to tell the user.
        fetch(url, { headers: authorizationHeader() }).catch(() => undefined);
      }
    },
    { once: true },
  );
}
