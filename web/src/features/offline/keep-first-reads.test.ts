import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepFirstReads, readsToKeep, type SeenRequest } from './keep-first-reads';

const API = 'http://localhost:3000/api';
const fetched = (name: string, workerStart = 0): SeenRequest => ({ name, initiatorType: 'fetch', workerStart });

describe('readsToKeep', () => {
  it('sends again, once each, the reads no worker handled that the worker would keep', () => {
    const seen = [
      fetched(`${API}/submissions/r.i.expert`),
      fetched(`${API}/checklists/c?version=2`),
      fetched(`${API}/submissions/r.i.expert`),
      // Already through the worker: kept by it.
      fetched(`${API}/submissions/r.i.self`, 12.5),
      // Not the worker's to keep.
      fetched(`${API}/auth/refresh`),
      fetched(`${API}/rounds/r/dashboard`),
      // Names of the participants (the expert's home offline).
      fetched(`${API}/institutions`),
      // Not a fetch (the app's own scripts are the precache's).
      { name: `${API}/rounds`, initiatorType: 'script', workerStart: 0 },
    ];
    expect(readsToKeep(seen, new Map())).toEqual([`${API}/submissions/r.i.expert`, `${API}/checklists/c?version=2`, `${API}/institutions`]);
  });

  it('leaves out a URL the app only wrote to (a submit), keeps one it also read (a saved draft)', () => {
    const seen = [fetched(`${API}/submissions/r.i.self/submit`), fetched(`${API}/submissions/r.i.self`)];
    const methods = new Map([
      [`${API}/submissions/r.i.self/submit`, new Set(['POST'])],
      [`${API}/submissions/r.i.self`, new Set(['GET', 'PUT'])],
    ]);
    expect(readsToKeep(seen, methods)).toEqual([`${API}/submissions/r.i.self`]);
  });
});

describe('keepFirstReads', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('re-sends through the worker the reads made before it took over, never a URL the page only wrote to with its own fetch (the import upload)', async () => {
    const entries: SeenRequest[] = [];
    vi.stubGlobal('location', { href: 'http://localhost:3000/admin/directory' });
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(private readonly callback: (list: { getEntries(): SeenRequest[] }) => void) {}
        observe() {}
        takeRecords() {
          return entries.splice(0);
        }
        disconnect() {}
      },
    );
    const sent: { url: string; method: string }[] = [];
    const network = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(input), method: init?.method ?? 'GET' });
      return new Response('{}');
    });
    vi.stubGlobal('fetch', network);
    let takeOver: () => void = () => undefined;
    const container = { controller: null as unknown, addEventListener: (_type: string, listener: () => void) => (takeOver = listener) };

    keepFirstReads(container as unknown as ServiceWorkerContainer);
    // Before the worker controls the page: a read and the import's upload, both with the page's fetch.
    await fetch(`${API}/institutions`);
    await fetch('/api/institutions/import', { method: 'POST', body: 'id,name' });
    entries.push(fetched(`${API}/institutions`), fetched(`${API}/institutions/import`));
    sent.length = 0;
    container.controller = {};
    takeOver();

    expect(sent).toEqual([{ url: `${API}/institutions`, method: 'GET' }]);
    // The page's fetch is its own again.
    expect(globalThis.fetch).toBe(network);
  });
});
