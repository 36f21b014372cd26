import type { CreateTableCommandInput, GlobalSecondaryIndex } from '@aws-sdk/client-dynamodb';

/**
 * Index names; the CDK table declares the same (see ACCESS-PATTERNS.md). Each is keyed by the
 * attributes of the index it replaced (`gsi5` by `gsi1pk`/`gsi1sk`, …), so items need no rewrite:
 * DynamoDB backfills a new index from the attributes the items already carry.
 *
 * "All of a kind" and "submissions of a round" (gsi1's keys). Projects `data` and `digest` only:
 * a small entity's `data` is the entity, while a submission keeps its JSON in `body`, so the
 * index holds a submission's keys and digest (S2d) and never its answers; S2 reads the whole
 * items by key (BatchGetItem).
 */
export const GSI5 = 'gsi5';
/** "Institutions of a region", "submissions of an institution / a region" (gsi2's keys); projects as {@link GSI5}. */
export const GSI6 = 'gsi6';
/** Sparse: only submissions waiting for their score carry `gsi3pk` (S6). Keys only: the sweep reads the items by key. */
export const GSI7 = 'gsi7';

/** The index names the current code queries. */
export type IndexName = typeof GSI5 | typeof GSI6 | typeof GSI7;

/**
 * The indexes of earlier versions (every one projected ALL except gsi4, gsi1's keys with INCLUDE
 * `digest`): each copied every submission whole at every write. A table that still has them is
 * being migrated; queries fall back to the old index with the same keys while the new one is
 * missing or backfilling (`item-store.ts`).
 */
export const LEGACY_INDEX_OF: Readonly<Record<IndexName, string>> = { gsi5: 'gsi1', gsi6: 'gsi2', gsi7: 'gsi3' };

/** The key attribute prefix of each index, current or legacy (`gsi5` is keyed by `gsi1pk`/`gsi1sk`). */
export const INDEX_KEY_PREFIX: Readonly<Record<string, string>> = { gsi1: 'gsi1', gsi2: 'gsi2', gsi3: 'gsi3', gsi4: 'gsi1', gsi5: 'gsi1', gsi6: 'gsi2', gsi7: 'gsi3' };

/** The attribute holding a submission's JSON: not `data`, so the indexes projecting `data` leave it out. */
export const SUBMISSION_BODY = 'body';

/**
 * The attribute DynamoDB's time to live reads (epoch seconds): only short-lived items (login
 * attempt counters) carry it. Declared on the table in `infra/`; dynalite ignores it.
 */
export const TTL_ATTRIBUTE = 'ttl';

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'];

const keyed = (name: string, prefix: string, Projection: GlobalSecondaryIndex['Projection']): GlobalSecondaryIndex => ({
  IndexName: name,
  KeySchema: [
    { AttributeName: `${prefix}pk`, KeyType: 'HASH' },
    { AttributeName: `${prefix}sk`, KeyType: 'RANGE' },
  ],
  Projection,
});

/** The current indexes (ACCESS-PATTERNS.md says which pattern reads which). */
export const INDEXES: readonly GlobalSecondaryIndex[] = [
  keyed(GSI5, 'gsi1', { ProjectionType: 'INCLUDE', NonKeyAttributes: ['data', 'digest'] }),
  keyed(GSI6, 'gsi2', { ProjectionType: 'INCLUDE', NonKeyAttributes: ['data', 'digest'] }),
  keyed(GSI7, 'gsi3', { ProjectionType: 'KEYS_ONLY' }),
];

/**
 * The indexes of tables created before gsi5–gsi7, for a deploy that migrates step by step
 * (`infra/`, README "Deploying": CloudFormation adds or removes one index per update).
 */
export const LEGACY_INDEXES: readonly GlobalSecondaryIndex[] = [
  keyed('gsi1', 'gsi1', { ProjectionType: 'ALL' }),
  keyed('gsi2', 'gsi2', { ProjectionType: 'ALL' }),
  keyed('gsi3', 'gsi3', { ProjectionType: 'ALL' }),
  keyed('gsi4', 'gsi1', { ProjectionType: 'INCLUDE', NonKeyAttributes: ['digest'] }),
];

/**
 * The single table: `pk`/`sk` plus the indexes above, on-demand. Used to create the table
 * locally and in tests; `infra/` declares the same shape for AWS. `indexes` defaults to the
 * current ones.
 */
export function tableDefinition(tableName: string, indexes: readonly GlobalSecondaryIndex[] = INDEXES): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: KEY_ATTRIBUTES.map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: indexes.map((index) => structuredClone(index)),
  };
}
