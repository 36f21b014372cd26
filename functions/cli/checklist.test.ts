import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dabiao-cli-'));

/** Runs `npm run checklist -- <args>` as a user would, from the repository root. */
function cli(...args: string[]) {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['functions/cli/checklist.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

const haining = () => JSON.parse(readFileSync(join(root, 'forms/haining-hospital-2023/checklist.json'), 'utf8'));

describe('checklist CLI and standard scales', () => {
  it('expands references from forms/_shared, or from --scales, and words problems in the chosen language', () => {
    expect(cli('validate', 'forms/haining-hospital-2023/checklist.json')).toMatchObject({ status: 0, out: expect.stringContaining('✔ forms/haining-hospital-2023/checklist.json') });

    const scales = join(dir, 'scales.json');
    writeFileSync(scales, JSON.stringify([{ id: 'emr', version: 2, title: { zh: '电子病历' }, levels: [{ value: '0', label: { zh: '0级' } }, { value: '1', label: { zh: '1级' } }] }]));
    const missing = cli('validate', 'forms/haining-hospital-2023/checklist.json', '--scales', scales, '--lang', 'en');
    expect(missing.status).toBe(1);
    expect(missing.out).toContain('/scales/emr/ref  standard scale "emr@1" is not published (published versions: emr@2)  [unknown-standard-scale]');

    const d = haining();
    d.criteria.find((c: { kind: string }) => c.kind === 'numeric').target = '1:1.6';
    const file = join(dir, 'bad-target.json');
    writeFileSync(file, JSON.stringify(d));
    const zh = cli('validate', file);
    expect(zh.status).toBe(1);
    expect(zh.out).toMatch(/数值类评分项（numeric）的目标是 "1:1\.6"，不是对象：.*例如 \{ "op": ">=", "value": 35 \}  \[target-shape\]/);
  }, 60000);
});
