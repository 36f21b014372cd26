import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_INSTITUTIONS, demoDeadline, demoRounds } from '../../seeds/demo-data.js';
import { seedDatabase } from '../../seeds/seed-database.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('seeding', () => {
  it('publishes every checklist in forms/, creates the demo directory and open rounds on each hospital\'s own plan; a second run changes nothing', async () => {
    const folders = (await readdir('forms', { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name);
    const report = await seedDatabase(h.local.services, 'forms');
    expect(report.skipped).toEqual([]);
    expect(report.published.length).toBe(folders.length);
    expect(report.scales).toEqual(['emr@1', 'smart-service@1', 'interop@1', 'hospital-grade@1', 'capability-standard@1', 'biosafety@1']);
    // Published checklists hold their standard scales expanded, so scoring never needs the scale items.
    const haining = await h.local.services.checklists.get('haining-hospital-2023', 2);
    expect((haining.definition.scales as Record<string, { standard?: string; levels: unknown[] }>).emr).toMatchObject({ standard: 'emr@1', levels: expect.any(Array) });
    const names = DEMO_INSTITUTIONS.map((i) => i.name.zh);
    expect(names).toEqual(expect.arrayContaining(['海宁市人民医院', '清徐县人民医院']));
    const admin = { sub: 'seed', username: 'seed', role: 'admin' as const };
    expect((await h.local.services.directory.listInstitutions(admin)).map((i) => i.name.zh)).toEqual(expect.arrayContaining(names));
    expect(report.rounds).toEqual([
      'demo-2025-annual on haining-hospital-2023@2',
      'demo-taiyuan-2025-final on taiyuan-county-2023@2',
      'demo-haining-region-2025 on haining-region-2023@2',
      'demo-taiyuan-region-2025 on taiyuan-region-2023@2',
    ]);
    const rounds = await Promise.all(demoRounds().map((r) => h.local.services.rounds.get(admin, r.id)));
    for (const round of rounds) {
      expect(round.status).toBe('open');
      expect(round.expertIds).toContain(DEMO_ACCOUNTS.find((a) => a.role === 'expert')!.sub);
    }
    const roundOf = (institutionId: string) => rounds.find((r) => r.institutionIds?.includes(institutionId))?.checklistId;
    expect(roundOf('haining-renmin')).toBe('haining-hospital-2023');
    expect(roundOf('qingxu-renmin')).toBe('taiyuan-county-2023');
    for (const account of DEMO_ACCOUNTS.filter((a) => a.institutionId)) expect(roundOf(account.institutionId!)).toBeDefined();

    const before = await h.snapshot();
    const again = await seedDatabase(h.local.services, 'forms');
    expect(again.published).toEqual([]);
    expect(again.scales).toEqual([]);
    expect(await h.snapshot()).toBe(before);
  });

  it('without the forms the demo records read, those records are skipped and said (the directory refuses their context), and the start goes on', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'dabiao-no-forms-'));
    const bare = await startHarness();
    try {
      const report = await seedDatabase(bare.local.services, empty);
      expect(report.skipped).toEqual(expect.arrayContaining([{ file: 'seeds/demo-data.ts', reason: expect.stringMatching(/^institution haining-renmin: \/context\/hospital /) }]));
      expect(report.skipped).toEqual(expect.arrayContaining([{ file: 'seeds/demo-data.ts', reason: expect.stringMatching(/^region qingxu: \/context\/county /) }]));
      expect(report.rounds).toEqual([]);
      // A demo record without context is still created.
      expect((await bare.api('GET', '/api/institutions/luanchuan-renmin', { as: 'admin' })).status).toBe(200);
    } finally {
      await bare.close();
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('dates the demo deadlines in the year after today, so the demo still seeds once any fixed date would have passed', async () => {
    // Late on 31 December UTC is already the new year in China, where the deadlines are read.
    expect(demoDeadline('01-31', new Date('2031-12-31T17:00:00Z'))).toBe('2033-01-31');
    expect(demoDeadline('03-31', new Date('2031-12-31T15:00:00Z'))).toBe('2032-03-31');
    // A server whose clock says 2031: a date written into the seed would now be refused as past.
    const now = new Date('2031-06-15T02:00:00Z');
    const later = await startHarness({ clock: { now: () => now } });
    try {
      const report = await seedDatabase(later.local.services, 'forms', now);
      expect(report.rounds).toHaveLength(4);
      const admin = { sub: 'seed', username: 'seed', role: 'admin' as const };
      const deadlines = await Promise.all(demoRounds(now).map(async (r) => (await later.local.services.rounds.get(admin, r.id)).deadline));
      expect(deadlines).toEqual(['2032-01-31', '2032-03-31', undefined, '2032-03-31']);
    } finally {
      await later.close();
    }
  });

  it('every demo institution and region record carries the context its round\'s checklist needs: a new self-evaluation has no context to fill in', async () => {
    const admin = { sub: 'seed', username: 'seed', role: 'admin' as const };
    const missing: string[] = [];
    for (const round of demoRounds()) {
      const { checklistVersion } = await h.local.services.rounds.get(admin, round.id);
      const record = await h.local.repos.checklists.get(round.checklistId, checklistVersion);
      const definition = record!.definition as unknown as { context: { id: string; declaredBy?: string }[] };
      const participants: { institutionId?: string; regionId?: string }[] = [...round.institutionIds.map((institutionId) => ({ institutionId })), ...(round.regionIds ?? []).map((regionId) => ({ regionId }))];
      for (const participant of participants) {
        const institutionId = participant.institutionId ?? participant.regionId;
        const submission = await h.local.services.submissions.create(admin, { roundId: round.id, ...participant, kind: 'self' });
        // Only participant-declared fields may be left to the institution; it cannot set the rest.
        const adminSet = definition.context.filter((f) => (f.declaredBy ?? 'admin') === 'admin').map((f) => f.id);
        for (const id of adminSet) if (submission.context[id] === undefined) missing.push(`${institutionId}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
