import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, waitUntilTableExists, waitUntilTableNotExists, type TableDescription } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, GetCommand, PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TableMigration } from '../adapters/dynamodb/ensure-table.js';
import { SUBMISSION_BODY, tableDefinition } from '../adapters/dynamodb/table-definition.js';

/**
 * Moving a local table (`npm start`'s `.data/`, dynalite) to the current indexes. dynalite cannot
 * add or remove an index on an existing table, so the items are copied: first into a staging
 * table with the current indexes (and a marker item once complete), then back into the table
 * re-created under its own name. Local start-up only (`npm start`; AWS tables migrate by
 * deploys, README), never a request path: the one place that reads a whole table (Scan), a few
 * thousand items locally.
 *
 * A crash at any point loses nothing: before the marker the original is intact and the staging
 * table is dropped and refilled; after it the staging table is complete and the original is
 * rebuilt from it ({@link resumeMigration}).
 */

/** The staging table's name (table names allow `.`; ids in this app never end so). */
export const stagingName = (tableName: string) => `${tableName}.migrating`;

const MARKER = { pk: 'MIGRATION#', sk: 'COMPLETE' };
const waiter = (client: DynamoDBDocumentClient) => ({ client, maxWaitTime: 60, minDelay: 0.05, maxDelay: 0.5 });

async function describe(client: DynamoDBDocumentClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

async function drop(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  if (!(await describe(client, tableName))) return;
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  await waitUntilTableNotExists(waiter(client), { TableName: tableName });
}

async function create(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  await client.send(new CreateTableCommand(tableDefinition(tableName)));
  await waitUntilTableExists(waiter(client), { TableName: tableName });
}

/** A submission written before its JSON moved to `body`: moved now, so the new indexes do not project it. */
function upgrade(item: Record<string, unknown>): Record<string, unknown> {
  if (typeof item.pk !== 'string' || !item.pk.startsWith('SUB#') || item.sk !== 'SUB' || item.data === undefined) return item;
  const { data, ...rest } = item;
  return { ...rest, [SUBMISSION_BODY]: data };
}

/** Copies every item of `from` into `to` (25 a request, unprocessed ones again), leaving out the marker. */
async function copy(client: DynamoDBDocumentClient, from: string, to: string): Promise<number> {
  let copied = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: from, ExclusiveStartKey: startKey }));
    const items = (page.Items ?? []).filter((i) => !(i.pk === MARKER.pk && i.sk === MARKER.sk)).map(upgrade);
    for (let start = 0; start < items.length; start += 25) {
      let requests = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
      for (let round = 0; requests.length > 0; round++) {
        if (round === 8) throw new Error(`copying ${from} into ${to}: writes left unprocessed`);
        const out = await client.send(new BatchWriteCommand({ RequestItems: { [to]: requests } }));
        requests = (out.UnprocessedItems?.[to] ?? []) as typeof requests;
      }
    }
    copied += items.length;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return copied;
}

/** Rebuilds `tableName` from a complete staging table, then drops the staging table. */
async function rebuildFromStaging(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  const staging = stagingName(tableName);
  await drop(client, tableName);
  await create(client, tableName);
  await copy(client, staging, tableName);
  await drop(client, staging);
}

/**
 * Finishes or discards a migration a previous start left behind: `true` when the table was
 * rebuilt from a complete staging table, `false` when there was none (an incomplete one is dropped).
 */
export async function resumeMigration(client: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  const staging = stagingName(tableName);
  if (!(await describe(client, staging))) return false;
  const complete = (await client.send(new GetCommand({ TableName: staging, Key: MARKER }))).Item;
  if (!complete) {
    await drop(client, staging);
    return false;
  }
  await rebuildFromStaging(client, tableName);
  return true;
}

/** Moves every item of `tableName` to a table of the same name with the current indexes; resolves to the number of items. */
export async function migrateTable(client: DynamoDBDocumentClient, tableName: string): Promise<number> {
  const staging = stagingName(tableName);
  await drop(client, staging);
  await create(client, staging);
  const items = await copy(client, tableName, staging);
  await client.send(new PutCommand({ TableName: staging, Item: MARKER }));
  await rebuildFromStaging(client, tableName);
  return items;
}

/** What `npm start` hands `ensureTable`: local tables are migrated in place. */
export const localTableMigration: TableMigration = { resume: resumeMigration, migrate: migrateTable };
