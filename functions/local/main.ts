import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { ensureTable } from '../adapters/dynamodb/ensure-table.js';
import { loadConfig } from '../config.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/demo-data.js';
import { seedDatabase } from '../../seeds/seed-database.js';
import { systemClock } from '../domain/ports/clock.js';
import { withBenchMode } from './bench-mode.js';
import { createLocalApp } from './local-app.js';
import { localTableMigration } from './migrate-local-table.js';
import { requeueOnStart } from './requeue-on-start.js';
import { startDynalite } from './start-dynalite.js';
import { ensureWebBuilt } from './web-build.js';
import { withWeb } from './with-web.js';

/** The local secret (evidence URL signatures) that survives restarts unless the store is throwaway. */
function localSecret(memory: boolean): string {
  if (process.env.LOCAL_JWT_SECRET) return process.env.LOCAL_JWT_SECRET;
  if (memory) return randomBytes(32).toString('hex');
  mkdirSync('.data', { recursive: true });
  const file = '.data/jwt-secret';
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** `npm start`: embedded DynamoDB (or DYNAMODB_ENDPOINT), table, seeds, API on PORT (3000). */
async function main(): Promise<void> {
  const memory = process.argv.includes('--memory');
  const external = process.env.DYNAMODB_ENDPOINT;
  const dynamo = external ? undefined : await startDynalite(memory ? {} : { path: '.data/dynamodb' });
  const endpoint = external ?? dynamo!.endpoint;
  const port = process.env.PORT || '3000';
  const config = loadConfig({
    ...process.env,
    AUTH_MODE: 'builtin',
    // The local server is its own issuer: it serves /.well-known/* at this address.
    TOKEN_ISSUER: process.env.TOKEN_ISSUER ?? `http://localhost:${port}`,
    DYNAMODB_ENDPOINT: endpoint,
    LOCAL_JWT_SECRET: localSecret(memory),
    EVIDENCE_DIR: process.env.EVIDENCE_DIR ?? (memory ? `${process.env.TMPDIR ?? '/tmp'}/dabiao-evidence-${process.pid}` : '.data/evidence'),
  });
  const client = createDocumentClient({ endpoint, region: config.region });
  if ((await ensureTable(client, config.tableName, localTableMigration)) === 'migrated') console.log(`Table ${config.tableName} moved to the current indexes (gsi5–gsi7); its items were copied.`);
  const baseUrl = `http://localhost:${config.port}`;
  // The signing key persists with the data (tokens survive a restart); --memory makes a throwaway one.
  const keyFile = memory ? undefined : '.data/keys/token-signing.pem';
  const local = createLocalApp({ client, config, accounts: DEMO_ACCOUNTS, baseUrl, keyFile, onScoringError: (e) => console.error('scoring failed:', e) });
  const seeded = await seedDatabase(local.services, 'forms');
  const seededUsers = await local.seedAccounts();
  // Scoring accepted by a previous run but never finished (the process stopped first).
  const requeue = await requeueOnStart(local, systemClock);

  const noWeb = process.argv.includes('--no-web');
  if (!noWeb) {
    try {
      await ensureWebBuilt('.', (line) => console.log(line));
    } catch (error) {
      console.error('The web app could not be built; the API runs on its own:', error);
    }
  }
  // --no-web: the API alone, as API Gateway runs it, even when a build exists. Serving the web app
  // puts its router and compression in front of every API request (a full web Request each), which
  // the load bench would count against the save and not against its floor (issue 13.2).
  const site = noWeb
    ? { fetch: local.app.fetch, serving: false }
    : withWeb(local.app, 'web/dist', (origin) => ({ apiUrl: origin, auth: { mode: 'builtin', issuer: local.tokens.issuer, audience: local.tokens.audience }, demoAccounts: true }));
  // `npm run bench` only: a floor route and a DynamoDB call counter (see bench-mode.ts).
  const bench = process.env.DABIAO_BENCH === '1';
  const server = serve({ fetch: withBenchMode(site.fetch, { enabled: bench, client, tableName: config.tableName }), port: config.port });
  const lines = [
    `Dabiao API on ${baseUrl}  (docs: ${baseUrl}/api/docs)`,
    ...(bench ? ['Bench mode: PUT /api/bench/floor and GET /api/bench/dynamodb-calls are on (DABIAO_BENCH=1)'] : []),
    `Web app: ${site.serving ? baseUrl : noWeb ? 'not served (--no-web); the API runs on its own' : 'not built (web/dist missing); the API runs on its own'}`,
    `DynamoDB: ${external ? endpoint : memory ? 'embedded dynalite, in memory' : 'embedded dynalite, persisted in .data/'}`,
    `Standard scales published this start: ${seeded.scales.length ? seeded.scales.join(', ') : 'none new'}`,
    `Checklists published this start: ${seeded.published.length ? seeded.published.join(', ') : 'none new'}`,
    ...seeded.skipped.map((s) => `  skipped ${s.file}: ${s.reason}`),
    `Open demo rounds: ${seeded.rounds.join('; ') || 'none (their checklists are not published)'}`,
    'skipped' in requeue
      ? `Unfinished scoring not re-queued: ${requeue.skipped}`
      : `Unfinished scoring re-queued: ${requeue.requeued.length ? requeue.requeued.join(', ') : 'none'}${requeue.failed.length ? ` (failed: ${requeue.failed.map((f) => f.id).join(', ')})` : ''}`,
    `Token issuer: ${local.tokens.issuer} (ES256, key ${keyFile ?? 'in memory'}; JWKS at /.well-known/jwks.json)`,
    `Demo accounts (built-in directory, local only; password "${DEMO_PASSWORD}"${seededUsers.length ? `; created now: ${seededUsers.join(', ')}` : ''}):`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(7)} ${a.role}${a.institutionId ? ` (${a.institutionId})` : a.regionId ? ` (region ${a.regionId})` : a.role === 'expert' ? ' (assigned to the demo rounds)' : ''}`),
  ];
  console.log(lines.join('\n'));

  const stop = async () => {
    server.close();
    await local.queue.idle();
    await dynamo?.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
