import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGet, type ItemKey } from './batch-get.js';

/** Reads asked for in one turn of the event loop, not yet sent. */
interface Pending extends ItemKey {
  resolve(item: Record<string, unknown> | undefined): void;
  reject(error: unknown): void;
}

/** Each client's reads waiting to be sent, by table. */
const queues = new WeakMap<DynamoDBDocumentClient, Map<string, Pending[]>>();

/**
 * A strongly consistent read of one item by key. Reads asked for in the same turn of the event
 * loop go to DynamoDB together: alone as one GetItem, several as one consistent BatchGetItem
 * (`batch-get.ts`: 100 keys a request, unprocessed keys asked again). Why: a signed-in request's
 * reads (the user's status, the submission, its round) start together, and each request to
 * DynamoDB costs a cold Lambda instance more CPU than the bytes it reads (signing, the HTTP
 * exchange, parsing); one request in place of three is most of what its first event paid beyond
 * a bare GetItem (test/bench/README.md, "Lambda bundles"). Every read answers as its own GetItem
 * would, and fails when its request fails.
 */
export function consistentGet(client: DynamoDBDocumentClient, tableName: string, key: ItemKey): Promise<Record<string, unknown> | undefined> {
  let tables = queues.get(client);
  if (!tables) queues.set(client, (tables = new Map()));
  let queue = tables.get(tableName);
  if (!queue) {
    tables.set(tableName, (queue = []));
    // After the microtasks of this turn: reads started by promise continuations still join.
    setImmediate(() => {
      tables.delete(tableName);
      void send(client, tableName, queue!);
    });
  }
  const pending = queue;
  return new Promise((resolve, reject) => pending.push({ pk: key.pk, sk: key.sk, resolve, reject }));
}

const idOf = (key: { pk: unknown; sk: unknown }) => `${String(key.pk)}\u0000${String(key.sk)}`;

async function send(client: DynamoDBDocumentClient, tableName: string, reads: Pending[]): Promise<void> {
  try {
    // BatchGetItem refuses a request naming a key twice.
    const keys = [...new Map(reads.map((r) => [idOf(r), { pk: r.pk, sk: r.sk }])).values()];
    const items = keys.length === 1
      ? [(await client.send(new GetCommand({ TableName: tableName, Key: keys[0], ConsistentRead: true }))).Item].filter((item) => item !== undefined)
      : await batchGet(client, tableName, keys, { consistent: true });
    const found = new Map(items.map((item) => [idOf(item as ItemKey), item]));
    for (const read of reads) read.resolve(found.get(idOf(read)));
  } catch (error) {
    for (const read of reads) read.reject(error);
  }
}
