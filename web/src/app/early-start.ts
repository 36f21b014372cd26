import { restoreForTab } from '../auth/kept-session';
import { checklistHint } from '../lib/checklist-hint';

/**
 * What the start-up script (built from {@link startEarly}, loaded by `index.html` before the
 * app's entry) leaves for the app: the runtime configuration's body and, on a form opened by its
 * link with the tab's access token kept, the form's two reads already under way.
 */
export interface EarlyStart {
  /** `/config.json`'s body (the preloaded response), or undefined when missing or not JSON. */
  config: Promise<unknown>;
  /**
   * Settles once the form's first read has been sent (at once when there is none): the page's
   * chunks are preloaded only then, since the browser compiles each as it arrives, on the main
   * thread, and those tasks would otherwise hold the read back (300 ms at load 12).
   */
  sent: Promise<unknown>;
  fill?: {
    /** The submission id, as the route names it (decoded). */
    id: string;
    /** The access token the reads were sent with: used only if the app restores the same one. */
    token: string;
    submission: Promise<unknown>;
    checklist: Promise<unknown>;
  };
}

/** Where the start-up script leaves its {@link EarlyStart}. */
const GLOBAL = '__dabiaoStart';

/**
 * Runs in the start-up script, before the entry (the largest file) has downloaded, let alone run:
 * reads `/config.json` and, on `/inst/fill/:id` with the tab's access token kept
 * (`auth/kept-session.ts`), the submission and its checklist (at once when the device knows which
 * version the form uses, else after the submission), so they arrive while the app's code still
 * does. Bundled alone into that script: plain `fetch`, nothing of the app's but the kept-session
 * rule and the checklist hint. Anything unusual (no token, a refusal) leaves the app to ask itself.
 */
export function startEarly(): void {
  const json = (res: Response) => (res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`)));
  // The same request as index.html's preload, so the browser hands that response over.
  const config = fetch('/config.json')
    .then((res) => (res.ok && (res.headers.get('content-type') ?? '').includes('json') ? (res.json() as Promise<unknown>) : undefined))
    .catch(() => undefined);
  const start: EarlyStart = { config, sent: Promise.resolve() };
  (window as unknown as Record<string, EarlyStart>)[GLOBAL] = start;
  const route = /^\/inst\/fill\/([^/]+)\/?$/.exec(location.pathname);
  // The app's own rule (signed out meanwhile, another user, about to expire: not used).
  const kept = restoreForTab();
  if (!route || !kept) return;
  const token = kept.token;
  const get = (path: string) =>
    config.then((c) => {
      const base = typeof (c as { apiUrl?: unknown } | undefined)?.apiUrl === 'string' ? (c as { apiUrl: string }).apiUrl.replace(/\/+$/, '') : location.origin;
      // Seen by test/bench/web-trace.ts, which prints the page's marks.
      performance.mark(`early-start ${path.split('/')[2]}`);
      return fetch(base + path, { headers: { authorization: `Bearer ${token}` }, priority: 'high' }).then(json);
    });
  const submission = get(`/api/submissions/${route[1]}`);
  const checklistPath = (c: { checklistId: string; checklistVersion: number }) => `/api/checklists/${encodeURIComponent(c.checklistId)}?version=${c.checklistVersion}`;
  // A form opened before on this device: its checklist is read beside the submission, not after
  // it (it used to wait for the submission, then for a main thread busy compiling the entry).
  const hint = checklistHint(safeDecode(route[1]!));
  const hinted = hint ? get(checklistPath(hint)) : undefined;
  hinted?.catch(() => undefined);
  // Registered after `get`'s own callbacks on `config`, so it runs once they have sent the reads.
  start.sent = config.then(() => undefined);
  const checklist = submission.then((s) => {
    const ref = s as { checklistId: string; checklistVersion: number };
    // The hint was right (the usual case), or the submission has moved to another version.
    return hinted && ref.checklistId === hint!.checklistId && ref.checklistVersion === hint!.checklistVersion ? hinted : get(checklistPath(ref));
  });
  // Unhandled until the app takes them; a failure is the app's to handle (it asks again).
  submission.catch(() => undefined);
  checklist.catch(() => undefined);
  start.fill = { id: safeDecode(route[1]!), token, submission, checklist };
}

/** The start-up script's {@link EarlyStart}; undefined where it did not run (tests, the dev server). */
export function earlyStart(): EarlyStart | undefined {
  return (globalThis as unknown as Record<string, EarlyStart | undefined>)[GLOBAL];
}

/** The path segment decoded, or as it is when it is not valid percent-encoding (a mistyped URL must not stop the start-up reads). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
