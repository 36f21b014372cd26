import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** Index names; the CDK table declares the same (see ACCESS-PATTERNS.md). */
export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';
/** Sparse: only submissions waiting for their score carry `gsi3pk` (ACCESS-PATTERNS.md, S6). */
export const GSI3 = 'gsi3';
/**
 * gsi1's keys again, projecting only `digest` (INCLUDE): a round's submission digests (S2d)
 * without reading each submission's `data`, about a third of the item (ACCESS-PATTERNS.md).
 */
export const GSI4 = 'gsi4';

/**
 * The attribute DynamoDB's time to live reads (epoch seconds): only short-lived items (login
 * attempt counters) carry it. Declared on the table in `infra/`; dynalite ignores it.
 */
export const TTL_ATTRIBUTE = 'ttl';

/**
 * The single table: `pk`/`sk` plus two overloaded GSIs and one sparse one, on-demand. Used to create the table
 * locally and in tests; `infra/` declares the same shape for AWS.
 */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  const gsi = (name: string) => ({
    IndexName: name,
    KeySchema: [
      { AttributeName: `${name}pk`, KeyType: 'HASH' as const },
      { AttributeName: `${name}sk`, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'].map((name) => ({
      AttributeName: name,
      AttributeType: 'S' as const,
    })),
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      gsi(GSI1),
      gsi(GSI2),
      gsi(GSI3),
      {
        IndexName: GSI4,
        KeySchema: [
          { AttributeName: 'gsi1pk', KeyType: 'HASH' },
          { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['digest'] },
      },
    ],
  };
}
