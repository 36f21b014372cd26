import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../../../test/contract/fixtures.js';
import { digestOf } from '../../domain/model/submission-digest.js';
import { startDynalite, type RunningDynalite } from '../../local/start-dynalite.js';
import { createDocumentClient } from './client.js';
import { ensureTable } from './ensure-table.js';
import { DynamoSubmissionRepository } from './submission-repository.js';
import { GSI5, GSI6, GSI7, LEGACY_INDEXES, tableDefinition } from './table-definition.js';

/** Submissions in the indexes on dynalite: S2d (a round's digests, what the dashboard reads) and S2 on gsi5, on a table mid-migration, and what the indexes hold. */
let dynamo: RunningDynalite;
let client: ReturnType<typeof createDocumentClient>;
/** The index (or `table`) of every Query sent, in order. */
const queried: string[] = [];

beforeAll(async () => {
  dynamo = await startDynalite();
  client = createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: 1 });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'QueryCommand') queried.push((args.input as { IndexName?: string }).IndexName ?? 'table');
      return next(args);
    },
    { step: 'initialize' },
  );
});
afterAll(async () => {
  client?.destroy();
  await dynamo?.close();
});

const score = {
  revision: 1, checklistVersion: 1, engineVersion: '1.0.0', total: 50, band: null, vetoHits: [],
  criteria: [{ id: 'beds', status: 'met', points: 1, maxPoints: 1 }, { id: 'icu', status: 'not-met', points: 0, maxPoints: 1 }], scoredAt: '2025-03-02T00:00:00.000Z', resultKey: '000001#1#1.0.0',
};

async function seed(repo: DynamoSubmissionRepository) {
  await repo.create(submission('r1', 'a', 'self', { status: 'scored', revision: 1, submittedAt: '2025-03-01T00:00:00.000Z', score, answers: { beds: 'x'.repeat(20_000) } }));
  await repo.create(submission('r1', 'b', 'self'));
  await repo.create(submission('r2', 'a', 'self'));
}

describe("a round's digests on DynamoDB", () => {
  it('are read from the digest index (keys and digest only), equal to the submissions they digest, and follow a new score at once', async () => {
    await ensureTable(client, 'digests-new');
    const repo = new DynamoSubmissionRepository(client, 'digests-new');
    await seed(repo);
    queried.length = 0;
    const digests = await repo.listDigestsByRound('r1');
    expect(queried).toEqual([GSI5]);
    expect(digests).toEqual((await repo.listByRound('r1')).map(digestOf));
    // A score landing on b (the scorer's Put) shows in the next read: the index is written with the item.
    const b = (await repo.get('r1.b.self'))!;
    await repo.replace({ ...b, status: 'scored', version: b.version + 1, revision: 1, score: { ...score, total: 80 } }, b.version);
    expect((await repo.listDigestsByRound('r1')).map((d) => [d.institutionId, d.status, d.score?.total])).toEqual([['a', 'scored', 50], ['b', 'scored', 80]]);
  });

  it('are still read, from gsi1, on a table that has only the indexes before gsi5 (a deploy mid-migration)', async () => {
    await client.send(new CreateTableCommand(tableDefinition('digests-old', LEGACY_INDEXES)));
    const repo = new DynamoSubmissionRepository(client, 'digests-old');
    await seed(repo);
    queried.length = 0;
    const digests = await repo.listDigestsByRound('r1');
    expect(digests).toEqual((await repo.listByRound('r1')).map(digestOf));
    expect(queried).toEqual([GSI5, 'gsi1', 'gsi1']);
    // Once told, the repository asks gsi1 straight away.
    queried.length = 0;
    expect(await repo.listDigestsByRound('r2')).toHaveLength(1);
    expect((await repo.listByInstitution('a')).map((s) => s.roundId).sort()).toEqual(['r1', 'r2']);
    expect(queried).toEqual(['gsi1', GSI6, 'gsi2']);
  });
});

describe('a submission in the indexes', () => {
  it('is keyed with its digest only: no index holds its answers, yet lists read it whole', async () => {
    await ensureTable(client, 'index-copies');
    const repo = new DynamoSubmissionRepository(client, 'index-copies');
    await seed(repo);
    const a = (await repo.get('r1.a.self'))!;
    await repo.replace({ ...a, status: 'submitted', version: a.version + 1, revision: 2, submittedAt: '2025-03-03T00:00:00.000Z' }, a.version, ['scored']);
    // Every attribute each index holds for submission a (a query without a projection returns them all).
    const entries = async (index: string, keyPrefix: string, pk: string) =>
      (await client.send(new QueryCommand({ TableName: 'index-copies', IndexName: index, KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': `${keyPrefix}pk` }, ExpressionAttributeValues: { ':pk': pk } }))).Items!.filter((i) => i.pk === 'SUB#r1.a.self');
    const [round] = await entries(GSI5, 'gsi1', 'ROUND#r1');
    const [institution] = await entries(GSI6, 'gsi2', 'INST#a');
    const [waiting] = await entries(GSI7, 'gsi3', 'SUBMITTED');
    expect(Object.keys(round!).sort()).toEqual(['digest', 'gsi1pk', 'gsi1sk', 'pk', 'sk']);
    expect(Object.keys(institution!).sort()).toEqual(['digest', 'gsi2pk', 'gsi2sk', 'pk', 'sk']);
    expect(Object.keys(waiting!).sort()).toEqual(['gsi3pk', 'gsi3sk', 'pk', 'sk']);
    // The 20,000-character answer is only in the table item.
    expect(JSON.stringify([round, institution, waiting]).length).toBeLessThan(3_000);
    expect((await repo.listByRound('r1')).map((s) => [s.institutionId, s.status, JSON.stringify(s.answers).length > 20_000])).toEqual([['a', 'submitted', true], ['b', 'draft', false]]);
    expect((await repo.listSubmittedBefore('2025-03-04T00:00:00.000Z')).map((s) => s.id)).toEqual(['r1.a.self']);
  });
});
