import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));

/** Runs vitest on the fixture folder (outside the normal include) and returns its exit code and output. */
async function runFixtures(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--root', 'test/fixtures/summary-reporter'], { cwd: repo, env: { ...process.env, CI: '1' } });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '' };
  }
}

describe('summary reporter', () => {
  it('counts a suite whose beforeAll throws and a module that fails to load as failed, not as "0 failed"', async () => {
    const { code, stdout } = await runFixtures();
    expect(code).not.toBe(0);
    // 2 passing tests, 1 failing test, 1 suite failing in beforeAll (its 2 tests skipped), 1 module throwing on load.
    expect(stdout.trim().split('\n').at(-1)).toBe('2 passed, 3 failed, 2 skipped');
  }, 180_000);
});
