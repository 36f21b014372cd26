import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIG, seedBigRound } from './admin-big-round.js';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';

/**
 * The administrator's console in headless Chromium against the real local server: the views over
 * time (a submission's audit trail, an institution's and a region's history) of a
 * 1,000-institution round, and axe-core on every page. The dashboard itself:
 * admin-dashboard.test.ts; importing institutions and creating a round: admin-directory.test.ts.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
  await seedBigRound(rig);
}, 600_000);
afterAll(async () => rig?.close());

describe('dashboard', () => {
  it('shows the audit trail and one institution over time', { timeout: 240_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    await page.goto(`${rig.baseUrl}/admin/submissions/${encodeURIComponent(`${BIG}.${BIG}-inst-0001.self`)}`);
    await page.locator('tr[data-action="score"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('tr[data-action="submit"]').textContent()).toContain('草稿 → 已提交');
    expect(await page.getByTestId('scored-with').textContent()).toMatch(/评分所用评估表版本 \d+/);
    await page.goto(`${rig.baseUrl}/admin/institutions/${BIG}-inst-0001/history`);
    await page.locator(`tr[data-round="${BIG}"][data-kind="self"]`).waitFor({ timeout: 60_000 });
    expect(await page.locator(`tr[data-round="${BIG}"]`).count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a region over time: its institutions' mean total and share met per criterion, from the dashboard", { timeout: 240_000 }, async () => {
    const { page, errors } = await rig.signedIn('admin');
    const region = `${BIG}-region-2`;
    const api = (await rig.api('admin', 'GET', `/api/regions/${region}/history`)).body;
    const self = api.aggregates.find((a: { roundId: string; kind: string }) => a.roundId === BIG && a.kind === 'self');
    expect(self).toMatchObject({ participants: 200, scored: 200 });
    await page.goto(`${rig.baseUrl}/admin/rounds/${BIG}/dashboard`);
    await page.getByTestId('ranking').waitFor({ timeout: 90_000 });
    await page.getByRole('combobox', { name: /^所属地区/ }).click();
    await page.getByRole('option', { name: '测试县2' }).click();
    await page.getByTestId('region-history-link').click();
    await page.waitForURL(`**/admin/regions/${region}/history`);
    const row = page.locator(`[data-testid="region-rounds"] tr[data-round="${BIG}"][data-kind="self"]`);
    await row.waitFor({ timeout: 60_000 });
    expect(await page.locator('h1').textContent()).toBe('地区历年评估结果 · 测试县2');
    expect(Number(await row.getAttribute('data-mean'))).toBe(self.meanTotal);
    expect(await row.locator('td').nth(3).textContent()).toBe('200');
    // Every criterion judged in the round has its share: met of the institutions it applied to.
    const [id, share] = Object.entries(self.criteria as Record<string, { met: number; judged: number }>)[0]!;
    expect(await page.locator(`[data-testid="region-criteria"] tr[data-criterion="${id}"] td[data-round="${BIG}"]`).textContent()).toBe(`${Math.round((share.met / share.judged) * 100)}%（${share.met}/${share.judged}）`);
    await shot(page, 'admin-region-history');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility', () => {
  it('axe-core finds no serious or critical violation on the console pages', { timeout: 400_000 }, async () => {
    const { page } = await rig.signedIn('admin');
    const pages: [string, string][] = [
      ['/admin', 'h1'],
      ['/admin/directory', '[data-testid="institution-count"]'],
      ['/admin/accounts', 'h1'],
      ['/admin/rounds', 'table'],
      ['/admin/rounds/new', 'form'],
      [`/admin/rounds/${BIG}`, '[data-testid="progress-counts"]'],
      [`/admin/rounds/${BIG}/dashboard`, '[data-testid="ranking"]'],
      [`/admin/submissions/${encodeURIComponent(`${BIG}.${BIG}-inst-0001.self`)}`, 'tr[data-action]'],
      [`/admin/institutions/${BIG}-inst-0001/history`, 'tr[data-round]'],
      [`/admin/regions/${BIG}-region-2/history`, '[data-testid="region-criteria"] tr[data-criterion]'],
      ['/admin/checklists', 'h1'],
      // A checklist with one version: the diff page says there is nothing to compare (it used to spin forever).
      ['/admin/checklists/linfen-talent-2020/diff', '[data-testid="diff-single"]'],
    ];
    const found: Record<string, unknown> = {};
    for (const [path, ready] of pages) {
      await page.goto(`${rig.baseUrl}${path}`);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      const violations = await axeViolations(page);
      if (violations.length) found[path] = violations;
      await shot(page, `admin${path.replace(/[/%.]+/g, '-')}`);
    }
    // The import dialog, open over the directory.
    await page.goto(`${rig.baseUrl}/admin/directory`);
    await page.getByRole('button', { name: '批量导入' }).click();
    await page.getByRole('dialog').waitFor();
    const importViolations = await axeViolations(page);
    if (importViolations.length) found['import dialog'] = importViolations;
    // The regions tab, and the region and institution dialogs with their pickers.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('tr[data-institution]').first().getByRole('button', { name: /^编辑/ }).click();
    await page.getByRole('dialog').getByLabel(/^所属地区/).waitFor();
    const institutionViolations = await axeViolations(page);
    if (institutionViolations.length) found['institution dialog'] = institutionViolations;
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '地区' }).click();
    await page.getByTestId('region-count').waitFor();
    const regionsViolations = await axeViolations(page);
    if (regionsViolations.length) found['regions tab'] = regionsViolations;
    await page.locator('tr[data-region]').first().getByRole('button', { name: /^编辑/ }).click();
    await page.getByRole('dialog').getByLabel(/^上级地区/).waitFor();
    const regionViolations = await axeViolations(page);
    if (regionViolations.length) found['region dialog'] = regionViolations;
    // On a phone, with the account menu open (the secondary actions live there below 600 px).
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, ready] of pages.slice(0, 5)) {
      await page.goto(`${rig.baseUrl}${path}`);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      expect((await page.locator('header').boundingBox())!.height, path).toBeLessThanOrEqual(64);
      const violations = await axeViolations(page);
      if (violations.length) found[`390 ${path}`] = violations;
    }
    await page.getByTestId('account-menu').click();
    await page.getByRole('menu').waitFor();
    const menuViolations = await axeViolations(page);
    if (menuViolations.length) found['390 account menu'] = menuViolations;
    await shot(page, 'admin-account-menu-390');
    expect(found).toEqual({});
    await page.close();
  });
});
