import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dabiao-cli-'));
const taiyuan = 'forms/taiyuan-county-2023/checklist.json';
const mch = 'forms/taiyuan-county-2023/samples/mch-population-20.json';

/** Runs `npm run checklist -- <args>` as a user would, from the repository root. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'functions/cli/checklist.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, status: run.status, out: run.stdout, err: run.stderr, all: run.stdout + run.stderr };
}

const haining = () => JSON.parse(readFileSync(join(root, 'forms/haining-hospital-2023/checklist.json'), 'utf8'));

describe('checklist score', () => {
  it('exits 0 and prints a total for a context it can score', () => {
    const run = cli('score', taiyuan, mch);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/总分: [\d.]+ \/ 100/);
  });

  it('refuses a context it cannot score: exit 1, no total, the problems listed (and in --json)', () => {
    const run = cli('score', taiyuan, mch, '--context', 'population=', '--context', 'county=qinxu');
    expect(run.code).toBe(1);
    expect(run.out).toContain('总分: — / 100 · 等级: —');
    expect(run.out).toContain('/population');
    expect(run.out).toContain('"qinxu" is not one of');
    const json = cli('score', taiyuan, mch, '--json', '--context', 'population=');
    expect(json.code).toBe(1);
    const result = JSON.parse(json.out);
    expect([result.total, result.band, result.complete]).toEqual([null, null, false]);
    expect(result.contextProblems).toEqual([expect.objectContaining({ path: '/population', code: 'context-required' })]);
  });

  it('shows how a target reads the plan (targetNote) beside the target', () => {
    const run = cli('score', 'forms/luanchuan-county-region-2020/checklist.json', 'forms/luanchuan-county-region-2020/samples/all-met-final-2020.json');
    expect(run.out).toMatch(/县域内就诊率达到90%左右: .*目标 .*（“90%左右”按不低于88%/);
  });
});

describe('checklist CLI and standard scales', () => {
  it('expands references from forms/_shared, or from --scales, and words problems in the chosen language', () => {
    expect(cli('validate', 'forms/haining-hospital-2023/checklist.json')).toMatchObject({ status: 0, all: expect.stringContaining('✔ forms/haining-hospital-2023/checklist.json') });

    const scales = join(dir, 'scales.json');
    writeFileSync(scales, JSON.stringify([{ id: 'emr', version: 2, title: { zh: '电子病历' }, levels: [{ value: '0', label: { zh: '0级' } }, { value: '1', label: { zh: '1级' } }] }]));
    const missing = cli('validate', 'forms/haining-hospital-2023/checklist.json', '--scales', scales, '--lang', 'en');
    expect(missing.status).toBe(1);
    expect(missing.all).toContain('/scales/emr/ref  standard scale "emr@1" is not published (published versions: emr@2)  [unknown-standard-scale]');

    const d = haining();
    d.criteria.find((c: { kind: string }) => c.kind === 'numeric').target = '1:1.6';
    const file = join(dir, 'bad-target.json');
    writeFileSync(file, JSON.stringify(d));
    const zh = cli('validate', file);
    expect(zh.status).toBe(1);
    expect(zh.all).toMatch(/数值类评分项（numeric）的目标是 "1:1\.6"，不是对象：.*例如 \{ "op": ">=", "value": 35 \}  \[target-shape\]/);
  }, 60000);
});

describe('checklist init', () => {
  const outline = 'forms/_examples/luanchuan-outline.json';
  const submission = join(dir, 'luanchuan-answers.json');
  writeFileSync(submission, JSON.stringify({
    context: { year: 2020, round: 'final' },
    answers: { goals: { localVisits: 89, capability: 'basic' }, it: { emr: '3', sharedCentres: ['医学影像', '检验', '心电'], remoteLinked: true } },
  }));

  it('scaffolds a form-less definition that validates and scores: init → validate → score', () => {
    const file = join(dir, 'init.json');
    const init = cli('init', outline, '--write', file);
    expect(init).toMatchObject({ status: 0, out: expect.stringContaining('✔') });
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).not.toHaveProperty('form');
    expect(written.scales).toEqual({ 'capability-standard': { ref: 'capability-standard@1' }, emr: { ref: 'emr@1' } });
    expect(written.criteria[0].value).toEqual({ field: 'goals.localVisits' });
    expect(cli('validate', file)).toMatchObject({ status: 0, out: expect.stringContaining('luanchuan-example v1 (draft), 2 sections, 5 criteria') });
    const scored = cli('score', file, submission, '--json');
    expect(scored.status).toBe(0);
    const result = JSON.parse(scored.out);
    expect(Object.fromEntries(result.criteria.map((c: { id: string; status: string }) => [c.id, c.status]))).toEqual({
      localVisits: 'met', capability: 'not-met', emr: 'met', sharedCentres: 'not-met', remoteLinked: 'met',
    });
    expect(result.total).toBeCloseTo(66.7, 1);
  }, 60000);

  it('--form writes the generated form into the file (scale references kept); a bad target is reported at its path', () => {
    const file = join(dir, 'init-form.json');
    expect(cli('init', outline, '--write', file, '--form').status).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.scales.emr).toEqual({ ref: 'emr@1' });
    expect(written.form.uischema.elements.map((c: { i18n: string }) => c.i18n)).toEqual(['goals', 'it']);
    expect(written.form.schema.properties.it.properties.emr.oneOf).toHaveLength(9);
    expect(cli('score', file, submission).status).toBe(0);

    const bad = JSON.parse(readFileSync(join(root, outline), 'utf8'));
    bad.sections[1].criteria[0].target = 'level 3';
    const badFile = join(dir, 'bad-outline.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const run = cli('init', badFile, '--write', join(dir, 'bad.json'), '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.out).toContain('/criteria/2/target');
  }, 60000);
});
