import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import type { Page } from 'playwright-core';
import type { withWeb } from '../../functions/local/with-web.js';
import type { BrowserRig } from '../e2e/browser-harness.js';

/**
 * Serves one web build (`dir`) beside the rig's API on an origin of its own and signs `account`
 * in there (each origin has its own sessionStorage), for page A/Bs of several builds in one run.
 * Returns the signed-in page and the origin; `closers` gets the server's close.
 */
export async function signedInBuild(
  rig: BrowserRig,
  serveWeb: typeof withWeb,
  dir: string,
  account: string,
  closers: (() => void)[],
): Promise<{ page: Page; base: string }> {
  const site = serveWeb(rig.local.app, resolve(dir), (origin) => ({ apiUrl: origin, auth: { mode: 'builtin', issuer: rig.local.tokens.issuer, audience: rig.local.tokens.audience }, demoAccounts: true }));
  const server = serve({ fetch: site.fetch, port: 0 });
  await new Promise((r) => server.once('listening', r));
  closers.push(() => server.close());
  const base = `http://localhost:${(server.address() as AddressInfo).port}`;
  const page = await rig.context.newPage();
  await page.goto(`${base}/config.json`);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(`${base}/login`);
  await page.getByLabel(/用户名|Username/).fill(account);
  await page.getByLabel(/密码|Password/).fill('demo');
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return { page, base };
}
