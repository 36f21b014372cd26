import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { region, submission } from '../../test/contract/fixtures.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { ensureTable as ensure } from '../adapters/dynamodb/ensure-table.js';
import { keys } from '../adapters/dynamodb/keys.js';
import { DynamoRegionRepository } from '../adapters/dynamodb/region-repository.js';
import { DynamoSubmissionRepository } from '../adapters/dynamodb/submission-repository.js';
import { LEGACY_INDEXES, tableDefinition } from '../adapters/dynamodb/table-definition.js';
import { participantOf } from '../domain/model/participant.js';
import { localTableMigration, stagingName } from './migrate-local-table.js';
import { startDynalite, type RunningDynalite } from './start-dynalite.js';

/** Local tables (`.data/`) created by versions before gsi5–gsi7: start-up (`ensureTable` with the local migration) moves them to the current indexes. */
const ensureTable = (c: typeof client, name: string) => ensure(c, name, localTableMigration);
let dynamo: RunningDynalite;
let client: ReturnType<typeof createDocumentClient>;

beforeAll(async () => {
  dynamo = await startDynalite();
  client = createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: 1 });
});
afterAll(async () => {
  client?.destroy();
  await dynamo?.close();
});

const indexesOf = async (name: string) => ((await client.send(new DescribeTableCommand({ TableName: name }))).Table!.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).sort();
const exists = (name: string) => client.send(new DescribeTableCommand({ TableName: name })).then(() => true, () => false);

/** What an earlier version wrote: a region, a submission with its JSON in `data`, and an unindexed item. */
async function seedOld(table: string) {
  await client.send(new CreateTableCommand(tableDefinition(table, LEGACY_INDEXES)));
  const s = submission('r1', 'a', 'self', { answers: { beds: 30 } });
  await client.send(new PutCommand({ TableName: table, Item: { ...keys.region('north'), version: 1, data: JSON.stringify(region('north')) } }));
  await client.send(new PutCommand({ TableName: table, Item: { ...keys.submission(s.id, s.roundId, participantOf(s), s.kind, s.createdAt), version: s.version, status: s.status, data: JSON.stringify(s) } }));
  await client.send(new PutCommand({ TableName: table, Item: { pk: 'LOGIN#someone', sk: 'LOGIN', version: 3 } }));
  return s;
}

describe('ensureTable on a table from before gsi5', () => {
  it('without a migration (not npm start) refuses it, saying what it has and what to do', async () => {
    await client.send(new CreateTableCommand(tableDefinition('foreign', LEGACY_INDEXES)));
    await expect(ensure(client, 'foreign')).rejects.toThrow(/earlier version \(gsi1, gsi2, gsi3, gsi4\), not gsi5, gsi6, gsi7.*Migrating the table's indexes/);
    expect(await indexesOf('foreign')).toEqual(['gsi1', 'gsi2', 'gsi3', 'gsi4']);
  });

  it('moves it to the current indexes keeping every item, and the lists read it', async () => {
    const s = await seedOld('old-store');
    expect(await indexesOf('old-store')).toEqual(['gsi1', 'gsi2', 'gsi3', 'gsi4']);

    expect(await ensureTable(client, 'old-store')).toBe('migrated');
    expect(await indexesOf('old-store')).toEqual(['gsi5', 'gsi6', 'gsi7']);
    expect(await exists(stagingName('old-store'))).toBe(false);
    expect((await new DynamoRegionRepository(client, 'old-store').list()).map((r) => r.id)).toEqual(['north']);
    const submissions = new DynamoSubmissionRepository(client, 'old-store');
    expect(await submissions.listByRound('r1')).toEqual([s]);
    expect(await submissions.listByInstitution('a')).toEqual([s]);
    expect((await client.send(new GetCommand({ TableName: 'old-store', Key: { pk: 'LOGIN#someone', sk: 'LOGIN' } }))).Item?.version).toBe(3);
    // The submission's JSON moved to `body`, which the indexes do not project.
    const stored = (await client.send(new GetCommand({ TableName: 'old-store', Key: { pk: `SUB#${s.id}`, sk: 'SUB' } }))).Item!;
    expect([stored.data, JSON.parse(stored.body as string)]).toEqual([undefined, s]);

    expect(await ensureTable(client, 'old-store')).toBe('existed');
  });

  it('finishes a migration that stopped after the copy was complete (the table already dropped)', async () => {
    const s = await seedOld('stopped-late');
    expect(await ensureTable(client, 'stopped-late')).toBe('migrated');
    // Replay the crash: a complete staging copy, and no table under the real name.
    await client.send(new CreateTableCommand(tableDefinition(stagingName('stopped-late'))));
    await client.send(new PutCommand({ TableName: stagingName('stopped-late'), Item: (await client.send(new GetCommand({ TableName: 'stopped-late', Key: { pk: `SUB#${s.id}`, sk: 'SUB' } }))).Item! }));
    await client.send(new PutCommand({ TableName: stagingName('stopped-late'), Item: { pk: 'MIGRATION#', sk: 'COMPLETE' } }));
    await client.send(new DeleteTableCommand({ TableName: 'stopped-late' }));
    for (let i = 0; i < 100 && (await exists('stopped-late')); i++) await new Promise((r) => setTimeout(r, 20));

    expect(await ensureTable(client, 'stopped-late')).toBe('migrated');
    expect(await exists(stagingName('stopped-late'))).toBe(false);
    expect(await new DynamoSubmissionRepository(client, 'stopped-late').listByRound('r1')).toEqual([s]);
    expect((await client.send(new GetCommand({ TableName: 'stopped-late', Key: { pk: 'MIGRATION#', sk: 'COMPLETE' } }))).Item).toBeUndefined();
  });

  it('discards a staging copy that never completed and migrates from the intact original', async () => {
    const s = await seedOld('stopped-early');
    await client.send(new CreateTableCommand(tableDefinition(stagingName('stopped-early'))));
    await client.send(new PutCommand({ TableName: stagingName('stopped-early'), Item: { pk: 'REGION#half-copied', sk: 'REGION', version: 1, data: '{}' } }));

    expect(await ensureTable(client, 'stopped-early')).toBe('migrated');
    expect(await indexesOf('stopped-early')).toEqual(['gsi5', 'gsi6', 'gsi7']);
    expect((await new DynamoRegionRepository(client, 'stopped-early').list()).map((r) => r.id)).toEqual(['north']);
    expect(await new DynamoSubmissionRepository(client, 'stopped-early').listByRound('r1')).toEqual([s]);
  });
});
