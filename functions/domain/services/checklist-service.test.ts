import { describe, expect, it, vi } from 'vitest';
import { createDefaultEngine } from '../../adapters/engine/default-engine.js';
import { createInMemoryServiceDeps } from '../../adapters/local/in-memory-service-deps.js';
import { compileFormSchema } from '../../checklist/form-validator.js';
import { sampleDefinition } from '../../scoring/fixtures/sample-definition.js';
import type { ChecklistRecord } from '../model/checklist-record.js';
import type { ServiceDeps } from './service-deps.js';
import { createChecklistService } from './checklist-service.js';

// Counts compilations of the form's JSON Schema, the expensive step, while keeping what it does.
vi.mock('../../checklist/form-validator.js', async (original) => {
  const actual = await original<typeof import('../../checklist/form-validator.js')>();
  return { compileFormSchema: vi.fn(actual.compileFormSchema) };
});

const admin = { sub: 'u-admin', username: 'admin', role: 'admin' as const };

function service() {
  const published: ChecklistRecord[] = [];
  const deps = {
    repos: { checklists: { publish: async (r: ChecklistRecord) => void published.push(r) } },
    engine: createDefaultEngine(),
    clock: { now: () => new Date('2025-01-01T00:00:00Z') },
  } as unknown as ServiceDeps;
  return { checklists: createChecklistService(deps), published };
}

describe('checklist service', () => {
  it('publishing compiles the form once (a huge definition was compiled twice, doubling the block)', async () => {
    const { checklists, published } = service();
    vi.mocked(compileFormSchema).mockClear();
    await checklists.publish(admin, sampleDefinition());
    expect(published).toHaveLength(1);
    expect(compileFormSchema).toHaveBeenCalledTimes(1);
  });

  it('a dry run compiles the form once and scores the sample with it', async () => {
    const { checklists } = service();
    vi.mocked(compileFormSchema).mockClear();
    const outcome = await checklists.dryRun(admin, { definition: sampleDefinition(), sample: { context: { year: 2025, round: 'final' }, answers: {} } });
    expect(outcome.valid).toBe(true);
    expect(outcome.result).toBeDefined();
    expect(compileFormSchema).toHaveBeenCalledTimes(1);
  });

  it('a dry run of an oversized definition lists its problem without compiling anything', async () => {
    const { checklists } = service();
    const huge = sampleDefinition();
    for (let i = 0; i < 20_000; i++) (huge.form.schema.properties as Record<string, unknown>)[`f${i}`] = { type: 'number' };
    vi.mocked(compileFormSchema).mockClear();
    const outcome = await checklists.dryRun(admin, { definition: huge });
    expect(outcome).toMatchObject({ valid: false, issues: [{ path: '/', code: 'definition-too-large' }] });
    expect(compileFormSchema).not.toHaveBeenCalled();
  });

  it('a dry run caps the sample\'s issues at 100 and counts the rest', async () => {
    const { checklists } = service();
    const answers = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`unknown${i}`, 1]));
    const outcome = await checklists.dryRun(admin, { definition: sampleDefinition(), sample: { context: { year: 2025, round: 'final' }, answers } });
    expect(outcome.sampleIssues).toHaveLength(100);
    expect(outcome.omittedSampleIssues).toBeGreaterThanOrEqual(400);
  });

  it('a dry run returns the definition as it would be published, with a left-out form generated (the console previews it)', async () => {
    const { checklists } = service();
    const { form: _form, ...formless } = sampleDefinition();
    const outcome = await checklists.dryRun(admin, { definition: formless });
    expect(outcome.valid).toBe(true);
    const form = outcome.definition?.form as { schema: { properties: Record<string, unknown> }; uischema: { type: string } } | undefined;
    expect(form?.uischema.type).toBe('Categorization');
    expect(Object.keys(form?.schema.properties ?? {}).length).toBeGreaterThan(0);
  });
});

describe('restoring a retired version', () => {
  async function retiredVersion() {
    const deps = createInMemoryServiceDeps();
    const checklists = createChecklistService(deps);
    const published = await checklists.publish(admin, sampleDefinition());
    deps.clock.advance(60_000);
    const retired = await checklists.retire(admin, published.id, published.version, published.itemVersion);
    deps.clock.advance(60_000);
    return { deps, checklists, retired };
  }

  it('puts it back in the list of published checklists and records who restored it and when', async () => {
    const { checklists, retired } = await retiredVersion();
    expect((await checklists.list()).map((s) => s.id)).not.toContain(retired.id);
    const restored = await checklists.restore({ ...admin, username: 'admin2' }, retired.id, retired.version, retired.itemVersion);
    expect(restored).toMatchObject({ status: 'published', itemVersion: retired.itemVersion + 1, statusChange: { action: 'restore', by: 'admin2', at: '2025-06-01T08:02:00.000Z' } });
    expect(restored.audit.at(-1)).toMatchObject({ action: 'restore', by: 'admin2', changes: { status: ['retired', 'published'] } });
    const listed = (await checklists.list()).find((s) => s.id === retired.id);
    expect(listed).toMatchObject({ version: retired.version, status: 'published', statusChange: { action: 'restore', by: 'admin2' } });
  });

  it('refuses a stale item version with a conflict and changes nothing', async () => {
    const { checklists, retired } = await retiredVersion();
    await expect(checklists.restore(admin, retired.id, retired.version, retired.itemVersion - 1)).rejects.toMatchObject({ code: 'version-conflict' });
    expect((await checklists.get(retired.id, retired.version)).status).toBe('retired');
  });

  it('refuses a version that is published, not retired, as a client error', async () => {
    const { checklists, retired } = await retiredVersion();
    const restored = await checklists.restore(admin, retired.id, retired.version);
    await expect(checklists.restore(admin, retired.id, retired.version, restored.itemVersion)).rejects.toMatchObject({
      code: 'invalid-parameter',
      details: { issues: [{ path: '/version', code: 'not-retired' }] },
    });
  });

  it('refuses a version that does not exist and anyone but an administrator', async () => {
    const { checklists, retired } = await retiredVersion();
    await expect(checklists.restore(admin, retired.id, 99)).rejects.toMatchObject({ code: 'not-found' });
    await expect(checklists.restore({ sub: 'u-e', username: 'expert', role: 'expert' as never }, retired.id, retired.version)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
