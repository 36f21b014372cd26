import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { createDefaultEngine } from '../../functions/adapters/engine/default-engine.js';
import type { ChecklistDefinition } from '../../functions/checklist/definition-schema.js';
import { resolvedDefinition } from '../../functions/cli/standard-scales-file.js';
import { SaveSubmissionBody } from '../../functions/api/schemas.js';
import { startHarness } from '../integration/harness.js';
import { median } from './results-file.js';

/**
 * Issue 13.2: what a save costs beyond its floor, piece by piece, in one process (no HTTP, so the
 * pieces are not drowned by the loaded machine's scheduling). Each piece is a variant of the
 * floor (one bare PutItem of a 2.2 KB item) that adds one thing the save route does, or that thing
 * alone; all are timed in turn, round after round, and each figure is the median of the rounds'
 * means. `npx tsx test/bench/save-pieces.ts` (SAVE_PIECES_ROUNDS, SAVE_PIECES_N).
 */

const ROUNDS = Number(process.env.SAVE_PIECES_ROUNDS ?? 9);
const N = Number(process.env.SAVE_PIECES_N ?? 200);

async function main() {
  const definition = resolvedDefinition(JSON.parse(await readFile('forms/haining-hospital-2023/checklist.json', 'utf8'))) as ChecklistDefinition;
  const sample = JSON.parse(await readFile('forms/haining-hospital-2023/samples/renmin-2025-all-met.json', 'utf8'));
  const prepared = createDefaultEngine().prepare(definition, 'bench');
  const h = await startHarness({ maxBodyBytes: 1024 * 1024 });
  try {
    const admin = { sub: 'u-admin', username: 'admin', role: 'admin' as const };
    await h.local.services.checklists.publish(admin, definition);
    const { year: _y, round: _r, ...recordContext } = sample.context as Record<string, string | number>;
    await h.local.services.directory.updateInstitution(admin, 'inst-a', 1, { name: { zh: '医院inst-a' }, regionId: 'reg', context: recordContext });
    await h.local.services.rounds.create(admin, { id: 'bench', name: { zh: '基准' }, checklistId: definition.id, checklistVersion: definition.version, type: 'final', year: 2025, institutionIds: ['inst-a'], expertIds: [] });
    const id = (await h.api('POST', '/api/submissions', { as: 'insta', body: { roundId: 'bench', kind: 'self' } })).body.id as string;
    let version = 1;
    const save = async () => {
      const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version, answers: sample.answers } });
      if (res.status !== 200) throw new Error(`save: ${res.status} ${res.text}`);
      version = res.body.version;
    };
    await save();
    const table = h.config.tableName;
    const stored = (await h.client.send(new GetCommand({ TableName: table, Key: { pk: `SUB#${id}`, sk: 'SUB' } }))).Item!;
    const json = stored.body as string;
    const submission = JSON.parse(json);
    const bodyText = JSON.stringify({ version: 1, answers: sample.answers });
    const auth = { authorization: `Bearer ${h.tokens.insta}` };
    let n = 0;
    const floorItem = (body: string) => ({ pk: `BENCH#${n++ % 1000}`, sk: 'FLOOR', body });

    const pieces: Record<string, () => Promise<unknown> | unknown> = {
      'floor: PutItem of a 2.2 KB item': () => h.client.send(new PutCommand({ TableName: table, Item: floorItem(json) })),
      'floor + the save item (keys, digest, status, version)': () => h.client.send(new PutCommand({ TableName: table, Item: { ...stored, pk: `BENCH#${n++ % 1000}`, sk: 'ITEM' } })),
      'floor + a one-clause condition': () => h.client.send(new PutCommand({ TableName: table, Item: floorItem(json), ConditionExpression: 'attribute_not_exists(absent)' })),
      'floor + the save condition (no index keys)': () => h.client.send(new PutCommand({
        TableName: table, Item: { pk: `BENCH#N${n++ % 1000}`, sk: 'FLOOR', body: json, version: 1, status: 'draft' },
        ConditionExpression: 'attribute_not_exists(pk) OR (#version = :expected AND #status IN (:status0, :status1))',
        ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
        ExpressionAttributeValues: { ':expected': 1, ':status0': 'draft', ':status1': 'returned' },
      })),
      'floor + the save condition': async () => {
        const key = `BENCH#C${n++ % 1000}`;
        // Always true (the same version is written back), so it costs what the save's check costs.
        await h.client.send(new PutCommand({
          TableName: table, Item: { ...stored, pk: key, sk: 'ITEM' },
          ConditionExpression: 'attribute_not_exists(pk) OR (#version = :expected AND #status IN (:status0, :status1))',
          ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
          ExpressionAttributeValues: { ':expected': stored.version, ':status0': 'draft', ':status1': 'returned' },
        }));
      },
      'the save, in-process (app.request)': save,
      'GET /api/auth/me (Hono, token, user status)': async () => (await h.local.app.request('/api/auth/me', { headers: auth })).text(),
      'body: JSON.parse + valibot': () => v.safeParse(SaveSubmissionBody, JSON.parse(bodyText), { abortEarly: true }),
      'answers: Ajv validateAnswers': () => prepared.validateAnswers(sample.answers),
      'context: validate + normalise': () => prepared.validateContext(prepared.normalizeContext(submission.context)),
      'hint: JSON.parse of the stored submission': () => JSON.parse(json),
      'JSON.stringify of the submission': () => JSON.stringify(submission),
      'response: Response.json + text': () => Response.json(submission).text(),
    };
    // Wall clock and CPU time (this process's, all threads): on a loaded machine the wall clock
    // also counts the time spent waiting for a core, the CPU time does not.
    const wall: Record<string, number[]> = Object.fromEntries(Object.keys(pieces).map((k) => [k, []]));
    const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(pieces).map((k) => [k, []]));
    for (let round = -1; round < ROUNDS; round++) {
      for (const [name, run] of Object.entries(pieces)) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        for (let i = 0; i < N; i++) await run();
        const c1 = process.cpuUsage(c0);
        if (round >= 0) {
          wall[name]!.push(((performance.now() - t0) * 1000) / N);
          cpu[name]!.push((c1.user + c1.system) / N);
        }
      }
    }
    const out = Object.fromEntries(Object.keys(pieces).map((k) => [k, { wallUs: +median(wall[k]!).toFixed(1), cpuUs: +median(cpu[k]!).toFixed(1) }]));
    console.log(JSON.stringify({ loadAverage: loadavg().map((x) => +x.toFixed(2)), rounds: ROUNDS, perRound: N, perCall: out }, null, 2));
  } finally {
    await h.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
