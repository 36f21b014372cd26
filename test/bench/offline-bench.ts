import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { startBrowserRig, type BrowserRig } from '../e2e/browser-harness.js';

/**
 * The offline budgets (`npm run bench` runs this after the web bench): the form page opening with
 * no network from the service worker's caches, and the outbox syncing 100 edits against the local
 * server once the network returns. Writes `offline` into `test/bench/results.json`.
 */

const OPEN_RUNS = 5;
const EDITS = 100;

async function underWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

/** Milliseconds from navigation, offline, until the form's first field accepts input. */
async function openOffline(rig: BrowserRig, page: Page, id: string): Promise<number[]> {
  const url = `${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`;
  await page.goto(url);
  await underWorker(page);
  await page.reload();
  await page.locator('[data-field] input:not([disabled])').first().waitFor({ timeout: 60_000 });
  await rig.context.setOffline(true);
  const times: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    await page.goto('about:blank');
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('[data-field] input:not([disabled])').first().waitFor({ timeout: 60_000 });
    times.push(performance.now() - start);
  }
  await rig.context.setOffline(false);
  return times;
}

/**
 * `EDITS` pending edits, each in its own draft (the worst case: edits to one draft coalesce into
 * one write), put in the outbox while offline, then the network returns: milliseconds until the
 * app bar says 已同步 and every draft is on the server.
 */
async function syncOutbox(rig: BrowserRig, page: Page): Promise<{ ms: number; writes: number; allStored: boolean; sameWritesFromNodeMs: number }> {
  const drafts: { id: string; version: number }[] = [];
  for (let i = 0; i < EDITS; i++) {
    const id = await rig.smokeDraft(`bench-outbox-${i}`, 'haining-hospital-2023');
    drafts.push({ id, version: (await rig.api('smoke', 'GET', `/api/submissions/${encodeURIComponent(id)}`)).body.version });
  }
  await page.goto(`${rig.baseUrl}/inst`);
  await page.getByTestId('sync-status').waitFor();
  await rig.context.setOffline(true);
  await page.evaluate(
    async ({ drafts, user }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('dabiao-offline', 1);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('pending', 'readwrite');
      drafts.forEach((d, i) => {
        const base = { answers: {}, evidence: {} };
        tx.objectStore('pending').put({ key: `${user}|${d.id}`, user, submissionId: d.id, baseVersion: d.version, base, content: { answers: { facilities: { beds: 100 + i } }, evidence: {} }, queuedAt: i, updatedAt: i, state: 'pending' });
      });
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    },
    { drafts, user: 'smoke' },
  );
  const status = page.getByTestId('sync-status');
  await page.reload();
  // The app bar counts the outbox once IndexedDB has answered, a moment after it first renders.
  await page.waitForFunction((n) => document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-pending') === String(n), EDITS, { timeout: 30_000 }).catch(async () => {
    throw new Error(`expected ${EDITS} pending, the app shows ${await status.getAttribute('data-pending')}`);
  });
  const start = performance.now();
  await rig.context.setOffline(false);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="sync-status"]');
    return el?.getAttribute('data-state') === 'synced' && el.getAttribute('data-pending') === '0';
  }, undefined, { timeout: 120_000, polling: 50 });
  const ms = performance.now() - start;
  let stored = 0;
  let serverMs = 0;
  for (const [i, d] of drafts.entries()) {
    const got = await rig.api('smoke', 'GET', `/api/submissions/${encodeURIComponent(d.id)}`);
    if (got.body.answers?.facilities?.beds === 100 + i) stored++;
  }
  // The same 100 writes sent straight from Node, one after another: the server's share of the time.
  for (const [i, d] of drafts.entries()) {
    const { version } = (await rig.api('smoke', 'GET', `/api/submissions/${encodeURIComponent(d.id)}`)).body;
    const put = performance.now();
    await rig.api('smoke', 'PUT', `/api/submissions/${encodeURIComponent(d.id)}`, { version, answers: { facilities: { beds: 200 + i } }, evidence: {} });
    serverMs += performance.now() - put;
  }
  return { ms: +ms.toFixed(0), writes: EDITS, allStored: stored === EDITS, sameWritesFromNodeMs: +serverMs.toFixed(0) };
}

async function main(): Promise<void> {
  const rig = await startBrowserRig();
  try {
    const id = await rig.smokeDraft('bench-offline-open', 'haining-hospital-2023');
    const { page } = await rig.signedIn('smoke');
    const times = (await openOffline(rig, page, id)).sort((a, b) => a - b);
    const openMs = +times[Math.floor(times.length / 2)]!.toFixed(0);
    const sync = await syncOutbox(rig, page);
    const report = {
      openOfflineMs: openMs,
      openOfflineRunsMs: times.map((t) => +t.toFixed(0)),
      outbox: sync,
      budgets: { 'form opens offline < 1 s': openMs < 1000, [`outbox of ${EDITS} edits syncs < 10 s`]: sync.allStored && sync.ms < 10_000 },
    };
    console.log(JSON.stringify(report, null, 2));
    const file = 'test/bench/results.json';
    const all = JSON.parse(await readFile(file, 'utf8').catch(() => '{}'));
    await writeFile(file, JSON.stringify({ ...all, offline: { at: new Date().toISOString(), ...report } }, null, 2) + '\n');
  } finally {
    await rig.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
