import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const taiyuan = 'forms/taiyuan-county-2023/checklist.json';
const mch = 'forms/taiyuan-county-2023/samples/mch-population-20.json';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'functions/cli/checklist.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

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
