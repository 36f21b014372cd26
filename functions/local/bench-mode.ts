import { AsyncLocalStorage } from 'node:async_hooks';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Fetch = (request: Request) => Response | Promise<Response>;

/** DynamoDB calls by command name (`GetItemCommand`, `PutItemCommand`, `QueryCommand`, …) since start. */
export type CallCounts = Record<string, number>;

/** Calls per request key (`PUT /api/submissions/<id>`), with the number of such requests. */
export type CallsByRoute = Record<string, CallCounts & { requests: number }>;

/** The request a DynamoDB call is made for; `done` once its response is produced. */
interface InFlight {
  key: string;
  done: boolean;
}

/**
 * Bench mode (`DABIAO_BENCH=1 npm start`, for `npm run bench` only): adds, in front of the app,
 *
 * - `PUT /api/bench/floor`: one bare PutItem on the same table, no auth, no validation — the
 *   floor the load bench compares saving and submitting with; `?indexes=1`–`3` gives the item
 *   keys in that many of the table's global secondary indexes (in a bench-only partition), as a
 *   submission has two or, submitted, three, to tell what the index copies cost;
 * - `GET /api/bench/dynamodb-calls`: every DynamoDB call the server made so far, by command, counted
 *   by a middleware on the document client, so the bench can tell calls per route and spot any table-wide read;
 * - `GET /api/bench/dynamodb-calls-by-route`: the same per request (`<method> <path>`, with how
 *   many such requests were answered), calls made after a response (in-process scoring a submit
 *   queued) under `background`, so a route's own calls are told apart from the work it started.
 *
 * Off (the default), it returns `fetch` itself: neither route exists and the client is untouched.
 */
export function withBenchMode(fetch: Fetch, opts: { enabled: boolean; client: DynamoDBDocumentClient; tableName: string }): Fetch {
  if (!opts.enabled) return fetch;
  const calls: CallCounts = {};
  const byRoute: CallsByRoute = {};
  const inFlight = new AsyncLocalStorage<InFlight>();
  const bucket = (key: string) => (byRoute[key] ??= { requests: 0 } as CallsByRoute[string]);
  opts.client.middlewareStack.add(
    (next, context) => (args) => {
      const name = (context as { commandName?: string }).commandName ?? 'unknown';
      calls[name] = (calls[name] ?? 0) + 1;
      const request = inFlight.getStore();
      const counts = bucket(request && !request.done ? request.key : 'background');
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchCallCounter' },
  );
  let n = 0;
  const floor = async (request: Request, indexes: number) => {
    n += 1;
    const keys: Record<string, string> = {};
    for (let i = 1; i <= indexes; i++) {
      keys[`gsi${i}pk`] = 'BENCH#FLOOR';
      keys[`gsi${i}sk`] = `${n % 1000}`;
    }
    await opts.client.send(new PutCommand({ TableName: opts.tableName, Item: { pk: `BENCH#${n % 1000}`, sk: 'FLOOR', ...keys, body: await request.text() } }));
    return Response.json({ ok: true });
  };
  return async (request) => {
    const { pathname, searchParams } = new URL(request.url);
    const indexes = Math.min(3, Math.max(0, Math.trunc(Number(searchParams.get('indexes') ?? 0)) || 0));
    if (pathname === '/api/bench/dynamodb-calls' && request.method === 'GET') return Response.json(calls);
    if (pathname === '/api/bench/dynamodb-calls-by-route' && request.method === 'GET') return Response.json(byRoute);
    const current: InFlight = { key: `${request.method} ${pathname}`, done: false };
    try {
      return await inFlight.run(current, () => (pathname === '/api/bench/floor' && request.method === 'PUT' ? floor(request, indexes) : fetch(request)));
    } finally {
      current.done = true;
      bucket(current.key).requests += 1;
    }
  };
}
