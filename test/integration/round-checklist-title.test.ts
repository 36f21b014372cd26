import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_PATH, ROUND_ID, startHarness, type Harness, type Who } from './harness.js';

/**
 * A round names its checklist by the title of the version it uses. The homes and the rounds list
 * read titles from `GET /api/checklists?all=true` and pick the round's version; the newest list
 * alone named a round on version 1 by version 2's new title ("版本 1" beside the wrong title).
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
  const v2 = await h.api('POST', '/api/checklists', { as: 'admin', body: { ...mini, version: 2, title: { zh: '集成测试清单（2026修订）', en: 'Integration test checklist (2026 revision)' } } });
  expect(v2.status).toBe(201);
});
afterAll(() => h?.close());

type Titled = { id: string; version: number; title: { zh: string } };

describe("a round's checklist title after a new version retitles the checklist", () => {
  it.each<Who>(['admin', 'expert', 'insta'])('%s reads the title of the version the round uses', async (who) => {
    const round = (await h.api('GET', '/api/rounds', { as: who })).body.items.find((r: { id: string }) => r.id === ROUND_ID);
    expect([round.checklistId, round.checklistVersion]).toEqual(['it-mini', 1]);
    const versions = await h.api('GET', '/api/checklists?all=true', { as: who });
    expect(versions.status).toBe(200);
    const pinned = (versions.body.items as Titled[]).find((c) => c.id === round.checklistId && c.version === round.checklistVersion);
    expect(pinned?.title.zh).toBe('集成测试清单');
    // The newest version's title is not the round's: reading the newest list alone was the defect.
    expect((await h.api('GET', '/api/checklists', { as: who })).body.items[0].title.zh).toBe('集成测试清单（2026修订）');
  });
});
