import { CreateTableCommand, DescribeTableCommand, ResourceInUseException, waitUntilTableExists, type TableDescription } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { INDEXES, tableDefinition } from './table-definition.js';

/** How a table with other indexes is brought to the current ones (local mode: `functions/local/migrate-local-table.ts`). */
export interface TableMigration {
  /** Finishes a migration an earlier start left half-done; `true` if there was one. */
  resume(client: DynamoDBDocumentClient, tableName: string): Promise<boolean>;
  /** Moves the table's items to the same table with the current indexes. */
  migrate(client: DynamoDBDocumentClient, tableName: string): Promise<unknown>;
}

/** True when the table has exactly the current indexes, with the current keys and projections. */
export function hasCurrentIndexes(table: TableDescription): boolean {
  const shape = (i: { IndexName?: string; KeySchema?: unknown; Projection?: { ProjectionType?: string; NonKeyAttributes?: string[] } }) =>
    JSON.stringify([i.IndexName, i.KeySchema, i.Projection?.ProjectionType, [...(i.Projection?.NonKeyAttributes ?? [])].sort()]);
  return JSON.stringify((table.GlobalSecondaryIndexes ?? []).map(shape).sort()) === JSON.stringify(INDEXES.map(shape).sort());
}

/**
 * Creates the table if it does not exist yet (local mode and tests; AWS tables come from CDK).
 * A table with other indexes (one `npm start` created in `.data/` before gsi5–gsi7) is given to
 * `migration`, after any migration an earlier start left half-done is finished; without one it
 * is refused with what to do, rather than failing later on its first list.
 */
export async function ensureTable(client: DynamoDBDocumentClient, tableName: string, migration?: TableMigration): Promise<'created' | 'existed' | 'migrated'> {
  if (migration && (await migration.resume(client, tableName))) return 'migrated';
  const existing = await client.send(new DescribeTableCommand({ TableName: tableName })).then(
    (out) => out.Table,
    (error: Error) => {
      if (error.name !== 'ResourceNotFoundException') throw error;
      return undefined;
    },
  );
  if (existing) {
    if (hasCurrentIndexes(existing)) return 'existed';
    if (!migration) {
      const have = (existing.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).join(', ') || 'none';
      throw new Error(
        `Table ${tableName} has the indexes of an earlier version (${have}), not ${INDEXES.map((i) => i.IndexName).join(', ')}: ` +
          'npm start migrates its own store (.data/); for another DynamoDB see README "Migrating the table\'s indexes"',
      );
    }
    await migration.migrate(client, tableName);
    return 'migrated';
  }
  try {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 0.05, maxDelay: 0.5 }, { TableName: tableName });
  return 'created';
}
