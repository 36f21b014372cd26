import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../../../test/contract/fixtures.js';
import { digestOf } from '../../domain/model/submission-digest.js';
import { startDynalite, type RunningDynalite } from '../../local/start-dynalite.js';
import { createDocumentClient } from './client.js';
import { ensureTable } from './ensure-table.js';
import { DynamoSubmissionRepository } from './submission-repository.js';
import { GSI4, tableDefinition } from './table-definition.js';

/** S2d (a round's digests, what the dashboard reads) on dynalite: on the digest index, and on a table older than it. */
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
    expect(queried).toEqual([GSI4]);
    expect(digests).toEqual((await repo.listByRound('r1')).map(digestOf));
    // A score landing on b (the scorer's Put) shows in the next read: the index is written with the item.
    const b = (await repo.get('r1.b.self'))!;
    await repo.replace({ ...b, status: 'scored', version: b.version + 1, revision: 1, score: { ...score, total: 80 } }, b.version);
    expect((await repo.listDigestsByRound('r1')).map((d) => [d.institutionId, d.status, d.score?.total])).toEqual([['a', 'scored', 50], ['b', 'scored', 80]]);
  });

  it('are still read, from gsi1, on a table created before the digest index existed', async () => {
    const old = tableDefinition('digests-old');
    await client.send(new CreateTableCommand({ ...old, GlobalSecondaryIndexes: old.GlobalSecondaryIndexes!.filter((i) => i.IndexName !== GSI4) }));
    const repo = new DynamoSubmissionRepository(client, 'digests-old');
    await seed(repo);
    queried.length = 0;
    const digests = await repo.listDigestsByRound('r1');
    expect(digests).toEqual((await repo.listByRound('r1')).map(digestOf));
    expect(queried).toEqual([GSI4, 'gsi1', 'gsi1']);
    // Once told, the repository asks gsi1 straight away.
    queried.length = 0;
    expect(await repo.listDigestsByRound('r2')).toHaveLength(1);
    expect(queried).toEqual(['gsi1']);
  });
});
