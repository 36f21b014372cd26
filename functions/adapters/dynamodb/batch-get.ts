import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** A table key. */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** BatchGetItem's limit on keys per request. */
export const BATCH_GET_KEYS = 100;

/**
 * How many times keys DynamoDB left unprocessed (throttling, or a response past 16 MB) are asked
 * again before giving up: with the backoff below about 2.5 s in all, bounded so a request
 * path cannot loop.
 */
const MAX_ROUNDS = 8;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads items by key, in the order of `keys`: requests of at most 100 keys, one after another,
 * each asking again for its `UnprocessedKeys` with exponential backoff (AWS's advice for batch
 * operations). Keys without an item are left out. Eventually consistent by default, as the index
 * queries that produce the keys are; `consistent` for reads by key that must see the last write
 * (consistent-get.ts).
 */
export async function batchGet(client: DynamoDBDocumentClient, tableName: string, keys: readonly ItemKey[], options: { consistent?: boolean } = {}): Promise<Record<string, unknown>[]> {
  const found = new Map<string, Record<string, unknown>>();
  const id = (k: { pk: unknown; sk: unknown }) => `${String(k.pk)}\u0000${String(k.sk)}`;
  for (let start = 0; start < keys.length; start += BATCH_GET_KEYS) {
    let pending: Record<string, unknown>[] = keys.slice(start, start + BATCH_GET_KEYS).map(({ pk, sk }) => ({ pk, sk }));
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_ROUNDS) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed after ${MAX_ROUNDS} attempts`);
      if (round > 0) await pause(10 * 2 ** round);
      const out = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ...(options.consistent ? { ConsistentRead: true } : {}) } } }));
      for (const item of out.Responses?.[tableName] ?? []) found.set(id(item as ItemKey), item);
      pending = out.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
  }
  return keys.flatMap((k) => {
    const item = found.get(id(k));
    return item ? [item] : [];
  });
}
