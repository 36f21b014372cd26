import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { performance } from 'node:perf_hooks';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { LEGACY_INDEXES, tableDefinition } from '../../functions/adapters/dynamodb/table-definition.js';
import { startDynalite } from '../../functions/local/start-dynalite.js';

/**
 * A/B of the index change alone, in CPU time (robust on a loaded machine): the same conditional
 * Put of a submitted submission's item, keyed in its three indexes, on a table with the old
 * indexes (ALL: three whole copies, JSON in `data`) and one with gsi5–gsi7 (JSON in `body`,
 * keys and digest only), alternating, per item size. `npx tsx test/bench/index-cost-ab.ts`.
 */
const dynamo = await startDynalite();
const client = createDocumentClient({ endpoint: dynamo.endpoint, maxAttempts: 1 });
await client.send(new CreateTableCommand(tableDefinition('old', LEGACY_INDEXES)));
await client.send(new CreateTableCommand(tableDefinition('new')));
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const PUTS = Number(process.env.PUTS ?? 100);
const keys = (n: number) => ({ pk: `SUB#s${n % 50}`, sk: 'SUB', gsi1pk: 'ROUND#r', gsi1sk: `SUB#i${n % 50}`, gsi2pk: `INST#i${n % 50}`, gsi2sk: `SUB#t#s${n % 50}`, gsi3pk: 'SUBMITTED', gsi3sk: `t#${n % 50}` });
const results: Record<string, unknown>[] = [];
for (const chars of [7_000, 17_000, 60_000, 117_000]) {
  const json = JSON.stringify({ answers: 'x'.repeat(chars) });
  const digest = 'd'.repeat(2_500);
  const perPut = { old: [] as number[], new: [] as number[] };
  for (let r = 0; r < ROUNDS + 1; r++) {
    for (const table of r % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (let n = 0; n < PUTS; n++) {
        const item = { ...keys(n), version: n, status: 'submitted', digest, [table === 'old' ? 'data' : 'body']: json };
        await client.send(new PutCommand({ TableName: table, Item: item }));
      }
      const cpu = process.cpuUsage(cpu0);
      if (r > 0) perPut[table].push((cpu.user + cpu.system) / 1000 / PUTS);
      void t0;
    }
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ratios = perPut.old.map((o, i) => o / perPut.new[i]!);
  results.push({ chars, oldCpuMsPerPut: +med(perPut.old).toFixed(3), newCpuMsPerPut: +med(perPut.new).toFixed(3), oldOverNewMedianOfRatios: +med(ratios).toFixed(2) });
}
console.log(JSON.stringify(results, null, 2));
client.destroy();
await dynamo.close();
