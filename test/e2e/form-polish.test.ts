import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startBrowserRig, type BrowserRig } from './browser-harness.js';
import { hainingRoundWithExpertDraft, PHONE, stored, submitSelf } from './expert-steps.js';
import { labelsMissingTheirField, sectionStartsUnderTheBars } from './section-checks.js';

/**
 * What a person filling a checklist notices on a phone (390 × 844), on every role's form page:
 * labels read in full, a yes/no answer given by mistake can be taken back, the section tabs work
 * by keyboard, a link from the problem list reaches its field, and the expert's score bar shows
 * band and veto items beside the institution's.
 */
let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
}, 300_000);
afterAll(async () => rig?.close());

const enc = encodeURIComponent;

/** `user`'s self-evaluation in `roundId` (for `participantId`): made now, or the one an earlier test made. */
async function draftOf(user: string, roundId: string, participantId: string): Promise<string> {
  const made = await rig.api(user, 'POST', '/api/submissions', { roundId, kind: 'self' });
  if (made.status === 201) return made.body.id as string;
  const id = `${roundId}.${participantId}.self`;
  expect((await rig.api(user, 'GET', `/api/submissions/${enc(id)}`)).status).toBe(200);
  return id;
}

/** A participant's self-evaluation in a demo round, opened on the form page on a phone. */
async function openDraft(user: string, roundId: string, participantId: string, lang: 'zh' | 'en' = 'zh') {
  const id = await draftOf(user, roundId, participantId);
  const { page, errors } = await rig.signedIn(user, PHONE);
  if (lang === 'en') await page.evaluate(() => localStorage.setItem('dabiao.lang', 'en'));
  await page.goto(`${rig.baseUrl}/inst/fill/${enc(id)}`);
  await page.getByRole('tab').first().waitFor({ timeout: 60_000 });
  return { page, errors, id };
}

/** How many fields each section of `checklist` (in `forms/`) has: what a fully rendered section shows. */
function fieldsPerSection(checklist: string): number[] {
  const definition = JSON.parse(readFileSync(`forms/${checklist}/checklist.json`, 'utf8')) as { form: { uischema: { elements: { elements: unknown[] }[] } } };
  return definition.form.uischema.elements.map((section) => section.elements.length);
}

/**
 * Every field label of every section of the form on `page` (checklist `checklist`) that a user
 * could not read whole: cut short ("…"), or drawn over its input box. Returns `section: label` for each.
 */
async function unreadableLabels(page: Page, checklist: string): Promise<string[]> {
  const found: string[] = [];
  const fields = fieldsPerSection(checklist);
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBe(fields.length);
  for (let i = 0; i < count; i++) {
    // The tabs sit at the top, under the sticky app bar once scrolled past.
    await page.evaluate(() => window.scrollTo(0, 0));
    await tabs.nth(i).click();
    await page.locator(`#section-panel[aria-labelledby="section-tab-${i}"]`).waitFor();
    // Every field of the section is rendered (the rest follow the first few in a transition, which
    // a loaded machine can hold back for seconds): a label not yet drawn would go unchecked.
    await expect.poll(() => page.locator('.checklist-form [data-field]').count(), { timeout: 20_000 }).toBe(fields[i]);
    await page.waitForTimeout(300);
    const bad = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.checklist-form .MuiFormLabel-root, .checklist-form .plain-field-label')]
        .filter((label) => label.offsetParent !== null)
        .filter((label) => {
          const cut = label.scrollWidth > label.clientWidth + 1 || label.getBoundingClientRect().right > window.innerWidth;
          const box = label.closest('.MuiFormControl-root, .plain-field')?.querySelector('.MuiInputBase-root, .plain-field-input');
          const over = !!box && label.getBoundingClientRect().bottom > box.getBoundingClientRect().top + 1;
          return cut || over;
        })
        .map((label) => label.textContent ?? ''),
    );
    found.push(...bad.map((b) => `${i}: ${b}`));
  }
  return found;
}

describe('checklist forms on a phone', () => {
  it('show every field label whole, wrapped above its box, for an institution and a commission, in Chinese and English', { timeout: 300_000 }, async () => {
    for (const [user, roundId, participantId, lang, checklist] of [
      ['inst1', 'demo-2025-annual', 'haining-renmin', 'zh', 'haining-hospital-2023'],
      ['comm1', 'demo-haining-region-2025', 'haining', 'en', 'haining-region-2023'],
    ] as const) {
      const { page, errors } = await openDraft(user, roundId, participantId, lang);
      expect(await unreadableLabels(page, checklist)).toEqual([]);
      if (lang === 'zh') {
        // The longest label of the first section, written by the plan: readable to its last character.
        await page.getByRole('tab').first().click();
        const long = page.locator('.checklist-form label', { hasText: '市中医院硖石分院（硖石街道社区卫生服务中心）异地新建项目进展' });
        await long.scrollIntoViewIfNeeded();
        expect((await long.boundingBox())!.height).toBeGreaterThan(30);
        await shot(page, `labels-${user}-390`);
      }
      // Switching language keeps labels whole too: the English of the same form.
      await page.evaluate((next) => localStorage.setItem('dabiao.lang', next), lang === 'zh' ? 'en' : 'zh');
      await page.reload();
      await page.getByRole('tab').first().waitFor({ timeout: 60_000 });
      expect(await unreadableLabels(page, checklist)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('lets a yes/no answer given by mistake be cleared back to unanswered, by keyboard, in Chinese and English', { timeout: 180_000 }, async () => {
    const { page, errors, id } = await openDraft('inst1', 'demo-2025-annual', 'haining-renmin');
    const field = page.locator('[data-field="facilities.bedAreaCompliant"]');
    const status = field.locator('.criterion-status [data-status]').first();
    // The field drawn first: before it is, no clear button is there whether or not one would be.
    await field.getByRole('radio', { name: '是' }).waitFor();
    expect(await field.getByRole('button', { name: '清除回答' }).count()).toBe(0);
    await field.getByRole('radio', { name: '是' }).check();
    await expect.poll(() => status.getAttribute('data-status')).toBe('met');
    await expect.poll(async () => (await stored(rig, 'inst1', id)).answers.facilities?.bedAreaCompliant, { timeout: 20_000 }).toBe(true);
    const clear = field.getByRole('button', { name: '清除回答' });
    // Keyboard only: Tab from the chosen radio reaches the clear button, Enter clears.
    await field.getByRole('radio', { name: '是' }).focus();
    await page.keyboard.press('Tab');
    expect(await clear.evaluate((b) => b === document.activeElement)).toBe(true);
    await shot(page, 'yes-no-clear-390');
    await page.keyboard.press('Enter');
    await clear.waitFor({ state: 'detached' });
    expect(await field.getByRole('radio', { checked: true }).count()).toBe(0);
    await expect.poll(() => status.getAttribute('data-status')).toBe('missing');
    expect(await status.textContent()).toBe('待填');
    // Focus stays in the question, not lost to the top of the page.
    expect(await field.evaluate((f) => f.contains(document.activeElement) && document.activeElement?.getAttribute('type') === 'radio')).toBe(true);
    await expect.poll(async () => (await stored(rig, 'inst1', id)).answers.facilities?.bedAreaCompliant, { timeout: 20_000 }).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() => localStorage.setItem('dabiao.lang', 'en'));
    await page.reload();
    await field.getByRole('radio', { name: 'No' }).check();
    await field.getByRole('button', { name: 'Clear answer' }).click();
    await expect.poll(() => field.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves along the section tabs by keyboard (arrows wrap, Home/End, Enter opens) and keeps the open tab in the sideways-scrolling row', { timeout: 180_000 }, async () => {
    const { page, errors } = await openDraft('inst1', 'demo-2025-annual', 'haining-renmin');
    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    const focused = () => page.evaluate(() => document.activeElement?.id);
    const selected = () => page.getByRole('tab', { selected: true }).getAttribute('id');
    /** Whether tab `i` lies wholly inside the phone's screen (the row scrolls sideways to show it). */
    const inView = (i: number) => tabs.nth(i).evaluate((t) => t.getBoundingClientRect().left >= 0 && t.getBoundingClientRect().right <= window.innerWidth);
    // Before any edit, the draft's last save is named as such, not as a save the user just made.
    expect(await page.getByTestId('save-state').textContent()).toMatch(/^上次保存 \d\d:\d\d$/);
    // One tab in the Tab order: the open one.
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('section-tab-1');
    // Focus alone does not open a section (opening one renders its form).
    expect(await selected()).toBe('section-tab-0');
    await page.keyboard.press('End');
    expect(await focused()).toBe(`section-tab-${count - 1}`);
    expect(await inView(count - 1)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator(`#section-panel[aria-labelledby="section-tab-${count - 1}"]`).waitFor();
    expect(await selected()).toBe(`section-tab-${count - 1}`);
    await shot(page, 'section-tabs-end-390');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('section-tab-0');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(`section-tab-${count - 1}`);
    await page.keyboard.press('Home');
    expect(await focused()).toBe('section-tab-0');
    expect(await inView(0)).toBe(true);
    await page.keyboard.press(' ');
    await page.locator('#section-panel[aria-labelledby="section-tab-0"]').waitFor();
    // 下一节 under the form opens the next section and brings its tab into the row's view.
    const next = page.getByRole('button', { name: '下一节' });
    await next.scrollIntoViewIfNeeded();
    // At the foot of the first section, its tabs are far above the screen.
    expect((await page.getByRole('tablist').boundingBox())!.y).toBeLessThan(0);
    await next.click();
    await page.locator('#section-panel[aria-labelledby="section-tab-1"]').waitFor();
    await expect.poll(() => inView(1)).toBe(true);
    // The new section starts at its top (its tabs just under the app bar), not where the button
    // was, and keyboard focus moved to it.
    await sectionStartsUnderTheBars(page, page.getByRole('tablist'));
    expect(await focused()).toBe('section-panel');
    expect(await labelsMissingTheirField(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes a problem-list link to a field past the first six of a section not yet shown, and focuses it', { timeout: 180_000 }, async () => {
    // A met target without its required evidence: the one problem, at the 8th field of 有效提升管理水平.
    const made = await rig.api('inst2', 'POST', '/api/submissions', { roundId: 'demo-taiyuan-2025-final', kind: 'self' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const saved = await rig.api('inst2', 'PUT', `/api/submissions/${enc(made.body.id)}`, { version: made.body.version, answers: { management: { emrLevel: '5' } } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const { page, errors } = await rig.signedIn('inst2', { width: 1280, height: 800 });
    await page.goto(`${rig.baseUrl}/inst/fill/${enc(made.body.id)}`);
    const link = page.locator('.problem-list').getByRole('button', { name: /电子病历应用水平分级/ });
    await link.waitFor({ timeout: 60_000 });
    // The form opens on its first section (3 fields): 有效提升管理水平 has not rendered yet.
    await page.locator('#section-panel[aria-labelledby="section-tab-0"] [data-field]').first().waitFor();
    expect(await page.locator('[data-field="management.emrLevel"]').count()).toBe(0);
    await link.click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toContain('有效提升管理水平');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field'))).toBe('management.emrLevel');
    const box = (await page.locator('[data-field="management.emrLevel"]').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the expert\'s score bar on site', () => {
  it('shows band and veto items for the expert and the institution, and follows the expert\'s answers', { timeout: 300_000 }, async () => {
    const roundId = 'polish-veto-2026';
    const draft = await hainingRoundWithExpertDraft(rig, roundId, { zh: '否决显示测试轮次', en: 'Veto display round' });
    // The institution declared new illegal debt: a veto hit, its band capped.
    await submitSelf(rig, 'inst1', roundId, { reform: { newIllegalDebt: true }, technology: { discharges: 40000, surgeries: 14400 } });
    const { page, errors } = await rig.signedIn('expert', PHONE);
    await page.goto(`${rig.baseUrl}/expert/onsite/${enc(draft.body.id)}`);
    await page.getByRole('tab').first().waitFor({ timeout: 60_000 });
    const expertSide = page.getByTestId('expert-score');
    const selfSide = page.getByTestId('self-score');
    // The institution's side is read from its own submission, which can arrive after the tabs.
    await expect.poll(() => selfSide.getByTestId('veto').textContent()).toBe('一票否决 1 项');
    expect(await selfSide.getByTestId('band').textContent()).not.toBe('—');
    // The expert has not answered the veto item yet: pending, not a hit.
    await expect.poll(() => expertSide.getByTestId('veto').textContent()).toBe('否决项 1 项未答');
    const expertBand = await expertSide.getByTestId('band').textContent();
    expect(expertBand).not.toBe('—');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'expert-score-bar-veto-390');

    // On site the expert finds no illegal debt: the expert's side clears, the institution's stays.
    await page.getByRole('tab', { name: /改革/ }).click();
    await page.locator('[data-field="reform.newIllegalDebt"]').getByRole('radio', { name: '否' }).check();
    await expect.poll(() => expertSide.getByTestId('veto').textContent()).toBe('无一票否决项');
    expect(await selfSide.getByTestId('veto').textContent()).toBe('一票否决 1 项');
    await page.getByRole('button', { name: '显示得分' }).click();
    const detail = page.getByTestId('veto-detail');
    await detail.waitFor();
    await page.getByRole('heading', { name: '一票否决项' }).waitFor();
    expect(await detail.textContent()).toContain('触发一票否决：不得违规新增举借长期债务');
    await shot(page, 'expert-score-detail-veto-390');
    await page.getByRole('button', { name: '收起得分' }).click();
    await page.locator('#onsite-score-detail').waitFor({ state: 'hidden' });
    expect(await unreadableLabels(page, 'haining-hospital-2023')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
