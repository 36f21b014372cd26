import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_INSTITUTIONS } from '../../seeds/demo-data.js';
import { seedDatabase } from '../../seeds/seed-database.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('seeding', () => {
  it('publishes every checklist in forms/, creates the demo directory and an open round; a second run changes nothing', async () => {
    const folders = (await readdir('forms', { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name);
    const report = await seedDatabase(h.local.services, 'forms');
    expect(report.skipped).toEqual([]);
    expect(report.published.length).toBe(folders.length);
    const names = DEMO_INSTITUTIONS.map((i) => i.name.zh);
    expect(names).toEqual(expect.arrayContaining(['海宁市人民医院', '清徐县人民医院']));
    const admin = { sub: 'seed', username: 'seed', role: 'admin' as const };
    expect((await h.local.services.directory.listInstitutions(admin)).map((i) => i.name.zh)).toEqual(expect.arrayContaining(names));
    const round = await h.local.services.rounds.get(admin, report.roundId!);
    expect(round.status).toBe('open');
    expect(round.checklistId.startsWith(folders.some((f) => f.startsWith('haining-hospital')) ? 'haining-hospital' : '')).toBe(true);
    for (const account of DEMO_ACCOUNTS.filter((a) => a.institutionId)) expect(round.institutionIds).toContain(account.institutionId);
    expect(round.expertIds).toContain(DEMO_ACCOUNTS.find((a) => a.role === 'expert')!.sub);

    const before = await h.snapshot();
    const again = await seedDatabase(h.local.services, 'forms');
    expect(again.published).toEqual([]);
    expect(await h.snapshot()).toBe(before);
  });
});
