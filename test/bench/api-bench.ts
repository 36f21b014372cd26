import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createDefaultEngine } from '../../functions/adapters/engine/default-engine.js';
import type { ChecklistDefinition } from '../../functions/checklist/definition-schema.js';
import { startHarness } from '../integration/harness.js';
import { writeSection } from './results-file.js';
import { runWorstCase } from './worst-case.js';
import { resolvedDefinition } from '../../functions/cli/standard-scales-file.js';

/**
 * `npm run bench`: the engine alone, then the API on dynalite (in-process requests, so HTTP
 * parsing is excluded), and the ratios between them; then the worst-case section
 * (`worst-case.ts`: bursts of hostile requests against a local server). Writes
 * the `typical` and `worstCase` sections of `test/bench/results.json` (`engine` is the engine bench's).
 */

async function time(n: number, work: (i: number) => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await work(i);
  return (performance.now() - start) / n;
}

/** The typical path: one checklist and one answer set through the engine and the API. */
async function typical() {
  const engine = createDefaultEngine();
  // Standard scale references expanded, as publishing stores them.
  const definition = resolvedDefinition(JSON.parse(await readFile('forms/haining-hospital-2023/checklist.json', 'utf8'))) as ChecklistDefinition;
  const sample = JSON.parse(await readFile('forms/haining-hospital-2023/samples/renmin-2025-all-met.json', 'utf8'));
  const compileMs = await time(20, () => engine.prepare(definition));
  const prepared = engine.prepare(definition, 'bench');
  const context = prepared.normalizeContext(sample.context ?? {});
  await time(50, () => engine.score(prepared, { ...sample, context }));
  const scoreMs = await time(500, () => engine.score(prepared, { ...sample, context }));

  const h = await startHarness({ maxBodyBytes: 1024 * 1024 });
  try {
    // The API side uses the same checklist and answers as the engine side, so the ratios compare like with like.
    const admin = { sub: 'u-admin', username: 'admin', role: 'admin' as const };
    await h.local.services.checklists.publish(admin, definition);
    // The institution's record carries the context the sample was scored with (year and round come from the round).
    const { year: _year, round: _round, ...recordContext } = sample.context as Record<string, string | number>;
    await h.local.services.directory.updateInstitution(admin, 'inst-a', 1, { name: { zh: '医院inst-a' }, regionId: 'reg', context: recordContext });
    await h.local.services.rounds.create(admin, {
      id: 'bench',
      name: { zh: '基准' },
      checklistId: definition.id,
      checklistVersion: definition.version,
      type: 'final',
      year: 2025,
      institutionIds: ['inst-a'],
      expertIds: [],
    });
    const created = await h.api('POST', '/api/submissions', { as: 'insta', body: { roundId: 'bench', kind: 'self' } });
    const id = created.body.id as string;
    let version = 1;
    // Answers only: the context comes from the institution's record and the round, and a save that
    // sets it is refused (context-fixed), as the load bench's saves are.
    const saveMs = await time(200, async () => {
      const res = await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version, answers: sample.answers } });
      if (res.status !== 200) throw new Error(`save failed: ${res.status} ${res.text}`);
      version = res.body.version;
    });
    const getMs = await time(200, () => h.api('GET', `/api/submissions/${id}`, { as: 'insta' }));
    const listMs = await time(100, () => h.api('GET', '/api/checklists', { as: 'insta' }));
    const submitMs = await time(1, async () => {
      const res = await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version } });
      if (res.status !== 202) throw new Error(`submit failed: ${res.status} ${res.text}`);
      await h.local.queue.idle();
    });
    const results = {
      engine: { compileMs, scoreMs, checklist: 'haining-hospital-2023', criteria: definition.criteria.length },
      api: { saveMs, getMs, listChecklistsMs: listMs, submitToScoredMs: submitMs },
      ratios: { saveOverScore: saveMs / scoreMs, getOverScore: getMs / scoreMs, compileOverScore: compileMs / scoreMs },
    };
    return results;
  } finally {
    await h.close();
  }
}

async function main(): Promise<void> {
  const { engine, ...typicalRun } = await typical();
  // Its own sections: `engine` is the engine bench's (grading against its floor and json-logic-js).
  const report = { typical: { compile: engine, ...typicalRun }, worstCase: await runWorstCase() };
  console.log(JSON.stringify(report, null, 2));
  await writeSection('typical', report.typical);
  await writeSection('worstCase', report.worstCase);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
