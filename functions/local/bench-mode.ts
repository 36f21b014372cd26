import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Fetch = (request: Request) => Response | Promise<Response>;

/** DynamoDB calls by command name (`GetCommand`, `PutCommand`, `QueryCommand`, …) since start. */
export type CallCounts = Record<string, number>;

/**
 * Bench mode (`DABIAO_BENCH=1 npm start`, for `npm run bench` only): adds, in front of the app,
 *
 * - `PUT /api/bench/floor`: one bare PutItem on the same table, no auth, no validation — the
 *   floor the load bench compares saving and submitting with;
 * - `GET /api/bench/dynamodb-calls`: every DynamoDB call the server made so far, by command, counted
 *   by a middleware on the document client, so the bench can tell calls per route and spot any table-wide read.
 *
 * Off (the default), it returns `fetch` itself: neither route exists and the client is untouched.
 */
export function withBenchMode(fetch: Fetch, opts: { enabled: boolean; client: DynamoDBDocumentClient; tableName: string }): Fetch {
  if (!opts.enabled) return fetch;
  const calls: CallCounts = {};
  opts.client.middlewareStack.add(
    (next, context) => (args) => {
      const name = (context as { commandName?: string }).commandName ?? 'unknown';
      calls[name] = (calls[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchCallCounter' },
  );
  let n = 0;
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/api/bench/floor' && request.method === 'PUT') {
      n += 1;
      await opts.client.send(new PutCommand({ TableName: opts.tableName, Item: { pk: `BENCH#${n % 1000}`, sk: 'FLOOR', body: await request.text() } }));
      return Response.json({ ok: true });
    }
    if (pathname === '/api/bench/dynamodb-calls' && request.method === 'GET') return Response.json(calls);
    return fetch(request);
  };
}
