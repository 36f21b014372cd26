import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { MINI_PATH, startHarness } from '../integration/harness.js';

/**
 * The worst-case bench's server, run in a worker thread so that the bench's own clock, client
 * timeouts and health probes keep running while this thread's event loop is blocked. A throwaway
 * dynalite, the integration fixture, and a checklist with a multi-select and a hostile pattern.
 * Reports its event-loop delay (perf_hooks) in a heartbeat every 50 ms.
 */

const admin = { sub: 'u-admin', username: 'admin', role: 'admin' as const };

async function main(): Promise<void> {
  const h = await startHarness({ maxBodyBytes: 1024 * 1024 });
  const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
  await h.local.services.checklists.publish(admin, {
    ...mini,
    id: 'bench-hostile',
    form: {
      ...mini.form,
      schema: {
        ...mini.form.schema,
        properties: { ...mini.form.schema.properties, centres: { type: 'array', items: { type: 'string', enum: ['chest', 'stroke'] } }, code: { type: 'string', pattern: '^(a|a)*$' } },
      },
    },
  });
  await h.local.services.rounds.create(admin, { id: 'bench-hostile', name: { zh: '压测' }, checklistId: 'bench-hostile', checklistVersion: 1, type: 'annual', year: 2025, institutionIds: ['inst-a'], expertIds: [] });
  const draft = await h.api('POST', '/api/submissions', { as: 'insta', body: { roundId: 'bench-hostile', kind: 'self' } });
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${draft.text}`);

  const delay = monitorEventLoopDelay({ resolution: 10 });
  const server = serve({ fetch: h.local.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    delay.enable();
    parentPort!.postMessage({ type: 'ready', port: info.port, tokens: { admin: h.tokens.admin, institution: h.tokens.insta }, submissionId: draft.body.id, version: draft.body.version, mini });
  });
  setInterval(() => parentPort!.postMessage({ type: 'beat', at: Date.now(), maxDelayMs: delay.max / 1e6, rssMb: process.memoryUsage().rss / 1e6 }), 50);
  parentPort!.on('message', async (m: { type: string }) => {
    if (m.type !== 'stop') return;
    server.close();
    await h.close();
    parentPort!.postMessage({ type: 'stopped' });
  });
}

main().catch((error) => {
  parentPort!.postMessage({ type: 'failed', message: String(error?.stack ?? error) });
});
