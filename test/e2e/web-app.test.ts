import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDeadline } from '../../seeds/demo-data.js';
import { axeViolations, fieldInput, openFillPage, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { stored as storedBy } from './expert-steps.js';

/**
 * The web app in headless Chromium against the real local server (throwaway store, demo seeds).
 * One server and one browser for every test here: starting them is the slow part.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const MOBILE = { width: 390, height: 844 };
const field = (page: Page, path: string) => page.locator(`[data-field="${path}"]`);
const input = fieldInput;
const status = (page: Page, criterion: string) => page.locator(`.criterion-status[data-criterion="${criterion}"]`);

/** Types into a field the way a user does; Material debounces input, so wait for the value to land. */
async function typeInto(page: Page, path: string, value: string) {
  const el = input(page, path);
  await el.fill(value);
  await el.blur();
  await page.waitForTimeout(400);
}

async function openSection(page: Page, title: RegExp) {
  await page.getByRole('tab', { name: title }).click();
}

const openDraft = (page: Page, id: string) => openFillPage(rig, page, id);
/** The stored submission, as another device would read it. */
const stored = (user: string, id: string) => storedBy(rig, user, id);

/**
 * Result cells of actual, target, gap and clause that are short (at most 8 characters) yet run
 * over two lines: 30张 did break as 30 / 张, 差20张 as 差20 / 张, 二(二)7 as 二 / (二)7.
 */
async function brokenShortValues(page: Page) {
  const cells = await page.locator('.report-section tr.criterion-row').evaluateAll((rows) =>
    rows.flatMap((row) =>
      [...row.querySelectorAll('td')].slice(2, 6).map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return { text: td.textContent ?? '', lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
      }),
    ),
  );
  return cells.filter((c) => c.text.length <= 8 && c.lines > 1);
}

async function startRound(page: Page, roundId: string) {
  await page.locator(`tr[data-round="${roundId}"]`).getByRole('button').click();
  await page.waitForURL(/\/inst\/fill\//);
  await page.getByRole('tab').first().waitFor();
}

describe('the institution in a real browser', () => {
  it('a criterion that cannot apply is one 不适用 line with the reason, its field folded and no upload offered; a problem link from another section opens the section and focuses the field', { timeout: 120_000 }, async () => {
    const id = await rig.smokeDraft('e2e-na', 'haining-hospital-2023');
    const { page, errors } = await rig.signedIn('smoke');
    await openDraft(page, id);
    // 市中医院's branch is not the People's Hospital's: said so, and the field folded (not one to fill).
    expect(await status(page, 'tcm-xiashi-branch').getByTestId('na-reason').textContent()).toBe('不适用于本机构：医院为市人民医院，本项适用于市中医院');
    expect(await field(page, 'facilities.tcmXiashiBranch').locator('details').getAttribute('open')).toBeNull();
    // Its field shown first: a count taken before it rendered would be 0 whether folded or not.
    await field(page, 'facilities.renminPhase2').waitFor();
    expect(await field(page, 'facilities.renminPhase2').locator('details').count()).toBe(0);

    // Evidence that scoring would not ask for is not offered either.
    await openSection(page, /医疗技术能力攀登行动/);
    const specialty = status(page, 'specialty-3b');
    expect(await specialty.getByTestId('na-reason').textContent()).toContain('本项适用于市四院、市妇保院；无需佐证材料');
    // The section renders its later fields after its first paint: wait for an upload that is
    // offered before saying that none is offered for the 不适用 one (a bare count passes too early).
    await status(page, 'renmin-trauma-certified').locator('input[type="file"]').first().waitFor({ state: 'attached' });
    expect(await specialty.locator('input[type="file"]').count()).toBe(0);

    // A problem in the first section, its link followed from the third.
    await openSection(page, /硬件设施提升改造行动/);
    await input(page, 'facilities.floorArea').fill('-5');
    await input(page, 'facilities.floorArea').blur();
    await openSection(page, /人才学科强基提质行动/);
    await page.getByRole('button', { name: '总建筑面积（平方米）：不能小于 0' }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('硬件设施提升改造行动');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field'))).toBe('facilities.floorArea');
    expect(errors).toEqual([]);
  });

  it('inst1 crosses a target, resumes the draft after a reload, attaches a PDF, submits, and sees the server agree', { timeout: 180_000 }, async () => {
    const { page, errors } = await rig.signedIn('inst1');
    await page.waitForURL(/\/inst$/);
    const row = page.locator('tr[data-round="demo-2025-annual"]');
    await expect(row.getByTestId('self-status').textContent()).resolves.toContain('未开始');
    // The seeded deadline (31 January of next year), as a Chinese date; not yet 已逾期.
    const deadline = demoDeadline('01-31');
    await expect(row.getByTestId('round-deadline').textContent()).resolves.toContain(`截止日期 ${deadline.slice(0, 4)}年1月31日`);
    expect(await row.getByTestId('round-overdue').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'home-1280');
    await page.setViewportSize(MOBILE);
    await shot(page, 'home-390');
    await page.setViewportSize({ width: 1280, height: 800 });

    await startRound(page, 'demo-2025-annual');
    // A blank draft: the debt veto is not answered yet, which is no verdict: the panel says 未作答, never 触发一票否决.
    const panel = page.getByRole('complementary', { name: '实时得分' });
    await expect.poll(() => panel.getByTestId('veto-unanswered').textContent()).toContain('一票否决项未作答：不得违规新增举借长期债务');
    expect(await panel.getByTestId('veto-hits').count()).toBe(0);
    expect(await panel.textContent()).not.toContain('触发一票否决');
    await openSection(page, /医疗技术能力攀登行动/);
    await typeInto(page, 'technology.discharges', '40000');
    await typeInto(page, 'technology.surgeries', '13600');
    const share = status(page, 'surgery-share');
    await expect.poll(() => share.locator('[data-status]').getAttribute('data-status')).toBe('not-met');
    expect(await share.textContent()).toContain('34%');
    const before = Number(await page.getByTestId('live-total').textContent());

    await typeInto(page, 'technology.surgeries', '14400');
    await expect.poll(() => share.locator('[data-status]').getAttribute('data-status')).toBe('met');
    expect(await share.textContent()).toContain('36%');
    await expect.poll(async () => Number(await page.getByTestId('live-total').textContent())).toBeGreaterThan(before);
    const id = decodeURIComponent(page.url().split('/').pop()!);
    await expect.poll(async () => (await stored('inst1', id)).answers.technology?.surgeries, { timeout: 15_000 }).toBe(14400);
    await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
    expect(await page.getByTestId('save-state').textContent()).toMatch(/^已保存 \d\d:\d\d$/);

    await page.reload();
    await openSection(page, /医疗技术能力攀登行动/);
    await expect.poll(() => field(page, 'technology.surgeries').locator('input').first().inputValue()).toBe('14400');
    await expect.poll(() => share.locator('[data-status]').getAttribute('data-status')).toBe('met');

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const upload = page.locator('input[data-criterion-upload="renmin-3a-capability"]');
    await upload.setInputFiles({ name: '技术水平评估报告.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await expect.poll(() => status(page, 'renmin-3a-capability').getByRole('alert').textContent()).toContain('类型不支持');
    // A picture renamed .pdf: its content is not a PDF, so it is refused before anything is uploaded.
    await upload.setInputFiles({ name: '改名的照片.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]) });
    await expect.poll(() => status(page, 'renmin-3a-capability').getByRole('alert').textContent()).toContain('“改名的照片.pdf”的内容与文件类型不符');
    await upload.setInputFiles({ name: '技术水平评估报告.pdf', mimeType: 'application/pdf', buffer: pdf });
    await status(page, 'renmin-3a-capability').getByRole('button', { name: '下载 技术水平评估报告.pdf' }).waitFor();
    await expect.poll(async () => (await stored('inst1', id)).evidence['renmin-3a-capability']?.[0]?.name, { timeout: 15_000 }).toBe('技术水平评估报告.pdf');
    // The same file again (another name, same bytes): said so, not attached twice.
    await upload.setInputFiles({ name: '评估报告副本.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect.poll(() => status(page, 'renmin-3a-capability').getByRole('alert').textContent()).toContain('是同一文件，未重复上传');
    expect((await stored('inst1', id)).evidence['renmin-3a-capability']).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'form-1280');
    const live = Number(await page.getByTestId('live-total').textContent());

    await page.getByRole('button', { name: '提交', exact: true }).click();
    // Before it is too late, the confirmation says the unanswered veto item will count as not met.
    expect(await page.getByRole('dialog').getByTestId('confirm-veto-unanswered').textContent()).toContain('尚未作答，现在提交将按未达标计');
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.waitForURL(/\/inst\/result\//);
    await page.getByTestId('result-total').waitFor({ timeout: 30_000 });
    const server = await rig.api('inst1', 'GET', `/api/submissions/${encodeURIComponent(id)}/result`);
    expect(server.status).toBe(200);
    expect(Number(await page.getByTestId('result-total').textContent())).toBe(server.body.total);
    expect(server.body.total).toBe(live);
    const shown = await page.locator('tr.criterion-row').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-criterion'), r.getAttribute('data-status')]));
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(server.body.criteria.map((c: { id: string; status: string }) => [c.id, c.status])));
    expect(await page.locator('tr[data-criterion="surgery-share"]').getAttribute('data-status')).toBe('met');
    expect(await page.getByTestId('result-foot').textContent()).toContain(server.body.inputHash);
    // Each veto hit says whose rule it is: Haining's debt veto quotes the plan's own 严禁.
    // The debt question is left unanswered here, and an unanswered veto item counts as a hit.
    expect(server.body.vetoHits).toContain('no-illegal-debt');
    expect(await page.getByTestId('veto-basis').textContent()).toMatch(/依据：方案.*严禁/);
    // Handed in, the rule holds, and the report says why an unanswered item is a hit.
    expect(await page.getByTestId('veto-unanswered').textContent()).toContain('“不得违规新增举借长期债务”提交时未作答：一票否决项须表明达标，未作答按未达标计');

    // The total says its scale, and no column heading breaks a character a line (实/际, 差/距).
    expect(await page.getByTestId('result-total').locator('..').textContent()).toMatch(/^[\d.]+\/ 100$/);
    const brokenHeadings = await page.locator('.report-section th').evaluateAll((ths) => ths.filter((th) => th.getBoundingClientRect().height > 48).map((th) => th.textContent));
    expect(brokenHeadings).toEqual([]);
    expect(await brokenShortValues(page)).toEqual([]);
    // Points say what they are: 0/6 分, not a bare 0/6; a section's figure says it is a share of its points.
    expect(await page.locator('tr[data-criterion="surgery-share"] td').nth(1).textContent()).toMatch(/\d\/\d+ 分$/);
    expect(await page.locator('.report-section h3').first().textContent()).toMatch(/ · 得分率 [\d.]+%$/);
    await page.getByLabel('只看未达标').check();
    const filtered = await page.locator('tr.criterion-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((s) => s === 'not-met' || s === 'partial' || s === 'missing')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'result-1280');
    // Printed: an A4 report with who, what and when at the top, and no navigation.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('.report-header').textContent()).toContain('海宁市人民医院');
    const { version } = JSON.parse(readFileSync('forms/haining-hospital-2023/checklist.json', 'utf8')) as { version: number };
    expect(await page.locator('.report-header').textContent()).toContain(`haining-hospital-2023 v${version}`);
    // The evidence column names the attached file on paper too (its download button is not hidden with the other buttons).
    expect(await page.locator('tr[data-criterion="renmin-3a-capability"] .evidence-file:visible', { hasText: '技术水平评估报告.pdf' }).count()).toBe(1);
    await shot(page, 'result-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 768, height: 1024 }); // a tablet: no table scrolls sideways to read a row
    expect(await page.locator('.report-section .MuiTableContainer-root').evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth).length)).toBe(0);
    await page.setViewportSize(MOBILE);
    await shot(page, 'result-390');

    // Submitted: the form is read-only until it is returned.
    await page.goto(`${rig.baseUrl}/inst/fill/${encodeURIComponent(id)}`);
    await page.getByText('已提交，表单只读').waitFor();
    expect(await page.getByTestId('score-note').textContent()).toBe('已提交，正式得分见评估结果');
    // On a phone the alert's action keeps its four characters on one line (it broke as "查看结 / 果").
    expect((await page.getByRole('button', { name: '查看结果' }).boundingBox())!.height).toBeLessThan(40);
    await openSection(page, /医疗技术能力攀登行动/);
    expect(await field(page, 'technology.surgeries').locator('input').first().isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a yes/no question is answered 是 or 否, and 否 is an answer, not a blank: the debt veto clears and only 是 is a hit', { timeout: 120_000 }, async () => {
    const id = await rig.smokeDraft('e2e-yes-no', 'haining-hospital-2023');
    const { page, errors } = await rig.signedIn('smoke');
    await openDraft(page, id);
    const panel = page.getByRole('complementary', { name: '实时得分' });
    await expect.poll(() => panel.getByTestId('veto-unanswered').count()).toBe(1);
    await openSection(page, /体制机制改革深化行动/);
    const debt = field(page, 'reform.newIllegalDebt');
    // Two choices and neither taken: a checkbox left unticked read as 否 but stored nothing.
    await expect.poll(() => debt.getByRole('radio').count()).toBe(2);
    expect(await debt.getByRole('radio', { checked: true }).count()).toBe(0);
    await debt.getByRole('radio', { name: '否' }).check();
    await expect.poll(() => status(page, 'no-illegal-debt').locator('[data-status]').getAttribute('data-status')).toBe('met');
    await expect.poll(() => panel.getByTestId('veto-unanswered').count()).toBe(0);
    await expect.poll(async () => (await stored('smoke', id)).answers.reform?.newIllegalDebt, { timeout: 15_000 }).toBe(false);
    await debt.getByRole('radio', { name: '是' }).check();
    await expect.poll(() => panel.getByTestId('veto-hits').textContent()).toBe('触发一票否决：不得违规新增举借长期债务');
    await debt.scrollIntoViewIfNeeded();
    await shot(page, 'form-1280-yes-no');
    // 是 is stored too, and the page has its reply: closing mid-save would leave the edit in the
    // profile's outbox, which the next page of this account (the tests share a profile) would send.
    await expect.poll(async () => (await stored('smoke', id)).answers.reform?.newIllegalDebt, { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('inst2: 30 infectious-disease beds shows 未达标 · 差20张, live and in the result', { timeout: 120_000 }, async () => {
    const { page, errors } = await rig.signedIn('inst2', MOBILE);
    await startRound(page, 'demo-taiyuan-2025-final');
    await shot(page, 'form-390');
    await openSection(page, /持续提升医疗服务能力/);
    await typeInto(page, 'services.infectiousBeds', '30');
    const beds = status(page, 'infectious-beds');
    await expect.poll(() => beds.locator('[data-status]').getAttribute('data-status')).toBe('not-met');
    expect(await beds.textContent()).toContain('未达标');
    expect(await beds.getByTestId('gap').textContent()).toBe('差20张');
    await beds.scrollIntoViewIfNeeded();
    await shot(page, 'form-390-beds');
    const id = decodeURIComponent(page.url().split('/').pop()!);
    await expect.poll(async () => (await stored('inst2', id)).answers.services?.infectiousBeds, { timeout: 15_000 }).toBe(30);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByTestId('result-total').waitFor({ timeout: 30_000 });
    const row = page.locator('tr[data-criterion="infectious-beds"]');
    expect(await row.getAttribute('data-status')).toBe('not-met');
    expect(await row.getByTestId('gap').textContent()).toBe('差20张');
    // On the phone the gap reads under the criterion's title, and no section's table runs off the screen.
    expect(await row.locator('.phone-details').textContent()).toContain('差距：差20张');
    expect(await row.locator('.phone-details').isVisible()).toBe(true);
    const overflow = await page.locator('.report-section .MuiTableContainer-root').evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
    expect(overflow.filter((px) => px > 0)).toEqual([]);
    await shot(page, 'result-390-table');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await brokenShortValues(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
