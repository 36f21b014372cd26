import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { createRepositories } from '../adapters/dynamodb/create-repositories.js';
import { ensureTable } from '../adapters/dynamodb/ensure-table.js';
import { createDefaultEngine } from '../adapters/engine/default-engine.js';
import { InvalidStateError, ValidationError } from '../domain/errors.js';
import { createChecklistService } from '../domain/services/checklist-service.js';
import { startDynalite, type RunningDynalite } from '../local/start-dynalite.js';
import { publishChecklists } from './publish-checklists.js';

const mini = JSON.parse(readFileSync(new URL('../../test/integration/fixtures/mini-checklist.json', import.meta.url), 'utf8')) as Record<string, unknown>;
let dynamo: RunningDynalite;
let service: ReturnType<typeof createChecklistService>;

beforeAll(async () => {
  dynamo = await startDynalite();
  const client = createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: 2 });
  await ensureTable(client, 'seeding');
  const never = new Proxy({}, { get: () => () => Promise.reject(new Error('not used')) });
  service = createChecklistService({
    repos: createRepositories(client, 'seeding'),
    engine: createDefaultEngine(),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    queue: never as never,
    evidence: never as never,
    config: { maxEvidenceBytes: 1024 },
  });
});
afterAll(() => dynamo.close());

describe('publishChecklists (deploy-time seeding)', () => {
  it('publishes new versions, then leaves them untouched on the next deploy', async () => {
    const first = await publishChecklists(service, [mini]);
    expect(first).toEqual({ published: [`${mini.id}@${mini.version}`], unchanged: [] });
    const stored = await service.get(mini.id as string, mini.version as number);
    // Key order in the file does not matter: the same content is the same version.
    const reordered = Object.fromEntries(Object.entries(mini).reverse());
    const second = await publishChecklists(service, [reordered]);
    expect(second).toEqual({ published: [], unchanged: [`${mini.id}@${mini.version}`] });
    expect(await service.get(mini.id as string, mini.version as number)).toEqual(stored);
  });

  it('publishes a raised version beside the old one', async () => {
    const next = { ...mini, version: (mini.version as number) + 1 };
    expect(await publishChecklists(service, [mini, next])).toEqual({
      published: [`${mini.id}@${next.version}`],
      unchanged: [`${mini.id}@${mini.version}`],
    });
  });

  it('fails loudly when a published version was edited without raising its version', async () => {
    const edited = { ...mini, title: { zh: '改过的标题' } };
    await expect(publishChecklists(service, [edited])).rejects.toBeInstanceOf(InvalidStateError);
    await expect(publishChecklists(service, [edited])).rejects.toThrow(/new version/);
  });

  it('fails on an invalid definition with the validator’s issues', async () => {
    const error = await publishChecklists(service, [{ id: 'broken', version: 1 }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toMatchObject({ issues: expect.any(Array) });
  });
});
