import { describe, expect, it, vi } from 'vitest';
import { createInMemoryServiceDeps } from '../adapters/local/in-memory-service-deps.js';
import { NotFoundError } from '../domain/errors.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';
import { createServices } from './services.js';

// Counts loads of the group of use cases that load on first call, keeping what it exports.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./checklist-report-services.js', async (original) => {
  loads.count += 1;
  return original();
});

const admin = { sub: 'u-admin', username: 'admin', role: 'admin' as const };

describe('createServices', () => {
  it('reads checklists without loading the reports\' group of use cases; publishing loads it, and the reads then see what it published', async () => {
    const services = createServices(createInMemoryServiceDeps());
    expect(await services.checklists.list()).toEqual([]);
    expect(await services.checklists.contextFields()).toEqual([]);
    await expect(services.checklists.get('sample')).rejects.toBeInstanceOf(NotFoundError);
    expect(loads.count).toBe(0);

    const published = await services.checklists.publish(admin, sampleDefinition());
    expect(loads.count).toBe(1);
    expect(await services.checklists.get(published.id)).toEqual(published);
    expect((await services.checklists.list()).map((s) => `${s.id}@${s.version}`)).toEqual([`${published.id}@${published.version}`]);
  });
});
