import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ChecklistDefinition } from '../functions/checklist/definition-schema.js';
import { validateDefinition } from '../functions/checklist/validate-definition.js';
import { resolvedDefinition } from '../functions/cli/standard-scales-file.js';
import { vetoBasisText } from '../functions/scoring/veto-basis-text.js';
import { checklistKit } from './_shared/checklist-test-kit.js';

const here = new URL('./', import.meta.url);
const folders = readdirSync(here, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(new URL(`${e.name}/checklist.json`, here)))
  .map((e) => e.name);
// Standard scale references expanded, as publishing stores the definition.
const definitionOf = (folder: string) => resolvedDefinition(JSON.parse(readFileSync(new URL(`${folder}/checklist.json`, here), 'utf8'))) as ChecklistDefinition;

/**
 * The plans' source texts are kept out of the project (`shared/seeds/` beside the checkout); the
 * quote check runs wherever they are present and says so where they are not.
 */
function findSeeds(): string | undefined {
  const fromEnv = process.env.DABIAO_SEEDS_DIR;
  if (fromEnv) return fromEnv;
  for (let dir = fileURLToPath(here); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'seeds');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
  }
  return undefined;
}
const seeds = findSeeds();

/** Plan texts mix ASCII and full-width punctuation and stray spaces ("45 岁以下"); compare without them. */
const normalize = (text: string) =>
  text.replace(/\s+/g, '').replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；').replace(/\(/g, '（').replace(/\)/g, '）');

/** The words by which a plan itself makes something binding; a `plan` basis quotes one of them. */
const BINDING_WORDS = ['一票否决', '严禁', '不得', '必须', '禁止', '必要条件', '入选条件', '条件要求'];

describe('vetoes in forms/ come from the plan’s words', () => {
  it.each(folders)('%s: every veto states its basis, and validating it gives no warning', (folder) => {
    const definition = definitionOf(folder);
    const unexplained = definition.criteria.filter((c) => c.veto && !c.vetoBasis).map((c) => c.id);
    expect(unexplained).toEqual([]);
    const result = validateDefinition(definition);
    expect(result.ok ? result.warnings : result.issues).toEqual([]);
  });

  it.each(folders)('%s: a reading gives a reason in both languages; a plan quote holds a binding word', (folder) => {
    for (const c of definitionOf(folder).criteria) {
      const basis = c.vetoBasis;
      if (basis?.kind === 'reading') {
        expect(basis.reason.zh.length, c.id).toBeGreaterThan(20);
        expect(basis.reason.en, c.id).toBeTruthy();
      }
      if (basis?.kind === 'plan') expect(BINDING_WORDS.some((w) => basis.quote.zh.includes(w)), `${c.id}: ${basis.quote.zh}`).toBe(true);
    }
  });

  it.skipIf(!seeds).each(folders)('%s: every plan quote is the plan’s text, verbatim', (folder) => {
    const definition = definitionOf(folder);
    const plan = normalize(readFileSync(join(seeds!, definition.plan.seed), 'utf8'));
    for (const c of definition.criteria) {
      if (c.vetoBasis?.kind !== 'plan') continue;
      // "……" joins passages quoted from one clause or its neighbour.
      for (const part of c.vetoBasis.quote.zh.split('……')) expect(plan.includes(normalize(part)), `${c.id}: ${part}`).toBe(true);
    }
  });

  it.each(folders)('%s: neither the audit README nor a description puts 一票否决 into the plan’s mouth', (folder) => {
    // "方案：所有设备必须独立运行（一票否决）" reads as if the plan said 一票否决.
    const attributed = /方案[：:]“?[^|。”]*[（(]一票否决[）)]/;
    const readme = readFileSync(new URL(`${folder}/README.md`, here), 'utf8').split('\n');
    expect(readme.filter((line) => attributed.test(line))).toEqual([]);
    const descriptions = definitionOf(folder).criteria.map((c) => c.description?.zh ?? '');
    expect(descriptions.filter((d) => attributed.test(d))).toEqual([]);
  });

  it('a veto hit shows an officer whose rule it is: the plan’s words, or the checklist’s reading', () => {
    const linfen = checklistKit(new URL('linfen-hospital-2020/', here));
    const toilets = linfen.criterion(linfen.scoreSample('veto-ward-toilets'), 'ward-toilets');
    expect(toilets.status).toBe('not-met');
    expect(vetoBasisText(toilets.vetoBasis).zh).toBe('方案三(二)6：“所有病房必须具有独立卫生间”');
    const dispatch = checklistKit(new URL('shanxi-doctor-dispatch-2023/', here));
    const result = dispatch.scoreSample('junior-title');
    expect(result.vetoHits).toEqual(['title']);
    expect(vetoBasisText(dispatch.criterion(result, 'title').vetoBasis).zh).toMatch(/^本评估表的解读（方案未作此规定）：方案以“从全省三级医院/);
  });
});
