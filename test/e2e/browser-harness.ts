import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../../functions/adapters/dynamodb/ensure-table.js';
import type { LocalAccount } from '../../functions/adapters/local/local-accounts.js';
import { loadConfig } from '../../functions/config.js';
import { createLocalApp, type LocalApp } from '../../functions/local/local-app.js';
import { startDynalite } from '../../functions/local/start-dynalite.js';
import { ensureWebBuilt } from '../../functions/local/web-build.js';
import { withWeb } from '../../functions/local/with-web.js';
import { DEMO_ACCOUNTS } from '../../seeds/demo-data.js';
import { seedDatabase } from '../../seeds/seed-database.js';

export const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;

/** One extra institution account for the all-checklists smoke test. */
export const SMOKE_ACCOUNT: LocalAccount = { sub: 'smoke', username: 'smoke', role: 'institution', institutionId: 'smoke-hospital', password: 'demo' };
/** Its commission twin, for the checklists a commission fills for its region (`subject: region`). */
export const SMOKE_COMMISSION: LocalAccount = { sub: 'smoke-comm', username: 'smoke-comm', role: 'commission', regionId: 'smoke-county', password: 'demo' };

export interface BrowserRig {
  baseUrl: string;
  local: LocalApp;
  /** The server's DynamoDB client (benches count its calls). */
  client: ReturnType<typeof createDocumentClient>;
  context: BrowserContext;
  /** A fresh page, signed in as `username` (password `demo`), console errors collected. */
  signedIn(username: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
  /** Calls the API as a demo user, outside the browser. */
  api(username: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** A round of `checklistId` (published version 1) for the smoke account's hospital; returns its draft's id. */
  /** A region checklist's draft is the commission twin's (`smoke-comm`, region `smoke-county`): its id names that region. */
  smokeDraft(roundId: string, checklistId: string): Promise<string>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Headless Chromium's flags for every browser test (a test that needs its own fresh profile uses them too). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The real local server (throwaway dynalite, demo seeds, the built web app) and headless Chromium. */
export async function startBrowserRig(): Promise<BrowserRig> {
  await ensureWebBuilt('.');
  await mkdir(SCREENSHOTS, { recursive: true });
  // E2E_PORT pins the server to that port and dynalite to the next (a shared machine where each
  // runner keeps to its own ports; one test file at a time then); by default, any free ports.
  const pinned = Number(process.env.E2E_PORT) || undefined;
  const dynamo = await startDynalite({ port: pinned && pinned + 1 });
  const evidenceDir = await mkdtemp(join(tmpdir(), 'dabiao-e2e-evidence-'));
  const port = pinned ?? (await freePort());
  const baseUrl = `http://localhost:${port}`;
  const config = loadConfig({ TABLE_NAME: 'dabiao-e2e', AUTH_MODE: 'local', LOCAL_JWT_SECRET: 'e2e-secret-0123456789abcdef0123456789', DYNAMODB_ENDPOINT: dynamo.endpoint, EVIDENCE_DIR: evidenceDir, PORT: String(port) });
  const client = createDocumentClient({ endpoint: dynamo.endpoint, region: config.region });
  await ensureTable(client, config.tableName);
  const accounts = [...DEMO_ACCOUNTS, SMOKE_ACCOUNT, SMOKE_COMMISSION];
  const local = createLocalApp({ client, config, accounts, baseUrl, hashing: { N: 2 ** 10, r: 8, p: 1 } });
  await seedDatabase(local.services, 'forms');
  await local.seedAccounts();
  const site = withWeb(local.app, 'web/dist', (origin) => ({ apiUrl: origin, auth: { mode: 'builtin', issuer: local.tokens.issuer, audience: local.tokens.audience }, demoAccounts: true }));
  if (!site.serving) throw new Error('web/dist was not built');
  const server = serve({ fetch: site.fetch, port });
  const userDir = await mkdtemp(join(tmpdir(), 'dabiao-chromium-'));
  const context = await chromium.launchPersistentContext(userDir, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  // A fresh access token per call: they live 15 minutes, less than a slow run of the browser tests.
  const token = async (username: string) => {
    const { password: _p, displayName: _d, ...principal } = accounts.find((a) => a.username === username)!;
    return local.tokens.issue(principal);
  };

  const rig: BrowserRig = {
    baseUrl,
    local,
    client,
    context,
    async signedIn(username, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      const errors: string[] = [];
      // A failed load names its resource, so a stray 404 says what was asked for.
      page.on('console', (m) => m.type() === 'error' && errors.push(m.location().url && m.text().startsWith('Failed to load resource') ? `${m.text()} (${m.location().url})` : m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      // Pages share one profile: start each sign-in from a clean session, in Chinese. Cleared on a
      // page of the origin that runs no app code: cleared on the app's own page, a session refresh
      // still in flight could land after the clear and sign the previous account back in. Not
      // /config.json: once the service worker controls the origin, it answers any navigation
      // outside /api/ with the app (a CI run met the previous account back that way).
      await page.goto(`${baseUrl}/api/health`);
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      await page.goto(`${baseUrl}/login`);
      // A sign-in form that never shows says what the page showed instead (a CI run met it once).
      await page
        .getByLabel(/用户名|Username/)
        .fill(username)
        .catch(async (error: Error) => {
          const shown = await page.evaluate(() => document.body.innerText.slice(0, 400)).catch(() => '(unreadable)');
          throw new Error(`${error.message}\nat ${page.url()}, the page showed: ${JSON.stringify(shown)}\npage errors: ${errors.join(' | ')}`);
        });
      await page.getByLabel(/密码|Password/).fill('demo');
      await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      return { page, errors };
    },
    async api(username, method, path, body) {
      const res = await fetch(`${baseUrl}${path}`, { method, headers: { authorization: `Bearer ${await token(username)}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async smokeDraft(roundId, checklistId) {
      const self = rig;
      if ((await self.api('admin', 'GET', '/api/institutions/smoke-hospital')).status !== 200) {
        // Context like a Haining city hospital; other checklists ignore keys they do not declare.
        const made = await self.api('admin', 'POST', '/api/institutions', { id: 'smoke-hospital', name: { zh: '测试医院', en: 'Test hospital' }, regionId: 'haining', context: { hospital: 'renmin', institutionType: 'general', grade: '3-b' } });
        if (made.status !== 201) throw new Error(`institution: ${made.status} ${JSON.stringify(made.body)}`);
      }
      // The newest published version, as an administrator would pick it.
      const { version: checklistVersion, subject } = (await self.api('admin', 'GET', `/api/checklists/${checklistId}`)).body as { version: number; subject?: string };
      const byRegion = subject === 'region';
      if (byRegion && (await self.api('admin', 'GET', '/api/regions/smoke-county')).status !== 200) {
        const made = await self.api('admin', 'POST', '/api/regions', { id: 'smoke-county', name: { zh: '测试县', en: 'Test county' }, level: 'county', parentId: 'haining', context: { population: 60 } });
        if (made.status !== 201) throw new Error(`region: ${made.status} ${JSON.stringify(made.body)}`);
      }
      const participants = byRegion ? { institutionIds: [], regionIds: ['smoke-county'] } : { institutionIds: ['smoke-hospital'] };
      const round = await self.api('admin', 'POST', '/api/rounds', { id: roundId, name: { zh: `测试轮次 ${checklistId}`, en: `Test round ${checklistId}` }, checklistId, checklistVersion, type: 'final', year: 2025, ...participants, expertIds: [] });
      if (round.status !== 201) throw new Error(`round: ${round.status} ${JSON.stringify(round.body)}`);
      const draft = await self.api(byRegion ? 'smoke-comm' : 'smoke', 'POST', '/api/submissions', { roundId, kind: 'self' });
      if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`);
      return draft.body.id as string;
    },
    async close() {
      await context.close();
      server.close();
      await local.queue.idle();
      client.destroy();
      await dynamo.close();
      await rm(userDir, { recursive: true, force: true });
      await rm(evidenceDir, { recursive: true, force: true });
    },
  };
  return rig;
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // A dialog or menu still fading in has half-transparent text: axe would report its contrast.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(axe.source);
  const result = (await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }))) as axe.AxeResults;
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact!, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

/** Saves a screenshot under test/e2e/screenshots (gitignored) for a human to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** The first input of the form field at `path` (`facilities.beds`) on the fill page. */
export function fieldInput(page: Page, path: string) {
  return page.locator(`[data-field="${path}"] input`).first();
}

/** Opens the fill page of submission `id` on `page` and waits for its section tabs. */
export async function openFillPage(rig: BrowserRig, page: Page, id: string): Promise<void> {
  await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`);
  await page.getByRole('tab').first().waitFor();
}
