import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserRig, type BrowserRig } from './browser-harness.js';

/** The directory reads institution context codes by the labels the published checklists give them. */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

describe('directory context labels', () => {
  it('shows 县级综合医院 for county-general from one small read, without fetching any whole checklist definition', { timeout: 120_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    const reads: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.pathname.startsWith('/api/checklists') || url.pathname === '/api/context-fields') reads.push(url.pathname);
    });
    await page.goto(`${rig.baseUrl}/admin/directory`);
    await page.getByLabel('搜索机构名称或编号').fill('qingxu-renmin');
    const row = page.locator('tr[data-institution="qingxu-renmin"]');
    await row.getByText('县级综合医院').waitFor({ timeout: 30_000 });
    expect(reads).toContain('/api/context-fields');
    expect(reads.filter((p) => /^\/api\/checklists\/[^/]+$/.test(p))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
