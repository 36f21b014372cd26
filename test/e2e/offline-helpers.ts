import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BrowserRig } from './browser-harness.js';

/**
 * What the offline browser tests (`offline-filling.test.ts`, `offline-expert.test.ts`) share: the
 * browser context's offline mode cuts the page and its worker off the network; the API calls made
 * from the test still reach the server.
 */

/** The shared 2-core machine can be loaded many times over: UI states get this long to appear. */
export const POLL = { timeout: 20_000 };
export const input = (page: Page, path: string) => page.locator(`[data-field="${path}"] input`).first();
export const syncStatus = (page: Page) => page.getByTestId('sync-status');

/** A Haining round for inst1's hospital and inst1's draft in it, made through the API. */
export async function draftFor(rig: BrowserRig, roundId: string): Promise<string> {
  const { version } = (await rig.api('admin', 'GET', '/api/checklists/haining-hospital-2023')).body as { version: number };
  const round = await rig.api('admin', 'POST', '/api/rounds', { id: roundId, name: { zh: `离线测试 ${roundId}`, en: `Offline ${roundId}` }, checklistId: 'haining-hospital-2023', checklistVersion: version, type: 'final', year: 2025, institutionIds: ['haining-renmin'], expertIds: [] });
  expect(round.status).toBe(201);
  const draft = await rig.api('inst1', 'POST', '/api/submissions', { roundId, kind: 'self' });
  expect(draft.status).toBe(201);
  return draft.body.id as string;
}

/** The server's copy of a submission, as `as` reads it. */
export const stored = async (rig: BrowserRig, id: string, as = 'inst1') => (await rig.api(as, 'GET', `/api/submissions/${encodeURIComponent(id)}`)).body;

/** Waits until the service worker controls `page` (it claims the page once installed). */
export const workerControls = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
/** The browser's own network errors while offline are expected; nothing else. */
export const unexpected = (errors: string[]) => errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e));

/** Whether the service worker's caches hold the reply to GET `path` (on the page's origin). */
export const workerKeeps = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    for (const name of await caches.keys()) if (await (await caches.open(name)).match(url)) return true;
    return false;
  }, new URL(path, page.url()).href);

/**
 * Opens the draft once, online, as a user would: no second visit to get its reads kept. Waits
 * until the worker controls the page and holds the draft's read (the page re-sends through the
 * worker the reads it made before the worker took over).
 */
export async function openOnce(rig: BrowserRig, page: Page, id: string) {
  await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`);
  await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
  await expect.poll(() => syncStatus(page).getAttribute('data-state'), POLL).toBe('synced');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  // The worker first precaches the app, which a loaded machine can take a minute over (as long as the page's first tab).
  await expect.poll(() => workerKeeps(page, `/api/submissions/${encodeURIComponent(id)}`), { timeout: 90_000 }).toBe(true);
}

/** Opens the draft online. The conflict test never reloads offline, so it needs nothing kept. */
export async function openOnline(rig: BrowserRig, page: Page, id: string) {
  await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`);
  await page.getByRole('tab').first().waitFor({ timeout: 90_000 });
  await expect.poll(() => syncStatus(page).getAttribute('data-state'), POLL).toBe('synced');
}

/** Types `value` into the field at `path` and leaves it, as a user moving on would. */
export async function typeInto(page: Page, path: string, value: string) {
  await input(page, path).fill(value);
  await input(page, path).blur();
  await page.waitForTimeout(300);
}

/** The edits the device keeps (IndexedDB `dabiao-offline`), as text: what a failed offline assertion reports beside itself. */
export const keptOnDevice = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('dabiao-offline');
        open.onerror = () => resolve(`unreadable: ${String(open.error)}`);
        open.onsuccess = () => {
          const all = open.result.transaction('pending').objectStore('pending').getAll();
          all.onsuccess = () => {
            resolve(JSON.stringify(all.result));
            open.result.close();
          };
        };
      }),
  );
