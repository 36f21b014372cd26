import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser-harness.js';

/**
 * A second browser for a user who is not the harness's (its profile is shared by every signedIn
 * page), launched on first use; a test file closes it in afterAll.
 */
export function ownBrowser() {
  let second: Browser | undefined;
  return {
    /** A fresh page in a browser of its own, in Chinese at 1280 × 800; `blockWorkers` keeps every request visible to page.route. */
    async page(blockWorkers = false): Promise<Page> {
      second ??= await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
      const context = await second.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 }, ...(blockWorkers ? { serviceWorkers: 'block' as const } : {}) });
      return context.newPage();
    },
    async close(): Promise<void> {
      await second?.close();
    },
  };
}
