import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { precompress } from './precompress.js';

/** What the web bundle is built from: its own sources and the engine it bundles. */
const SOURCES = ['web/src', 'web/index.html', 'web/public', 'web/vite.config.ts', 'functions/scoring', 'functions/checklist', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when `web/dist` is missing or older than any source it is built from. */
export function webBuildIsStale(root = '.'): boolean {
  const index = join(root, 'web/dist/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

/**
 * Builds `web/dist` when stale, so `npm start` (and the browser tests) always serve the current
 * app; a fresh build costs nothing. A lock directory keeps parallel callers (test workers) from
 * building over each other: the others wait for it, then find the build fresh.
 */
export async function ensureWebBuilt(root = '.', log: (line: string) => void = () => {}): Promise<void> {
  const lock = resolve(root, 'web/.build-lock');
  for (;;) {
    if (!webBuildIsStale(root)) return;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than ten minutes was left by a killed build.
      if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    if (!webBuildIsStale(root)) return;
    log('Building the web app (web/dist is missing or older than its sources)…');
    const { build } = await import('vite');
    // Under vitest NODE_ENV is `test`, and Vite would then bundle React's development build and an
    // unminified Workbox: the browser tests and benches must run what users get.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: resolve(root, 'web/vite.config.ts'), logLevel: 'warn', mode: 'production' });
      // After the build and its service worker, so every file served gets its compressed copies.
      await precompress(resolve(root, 'web/dist'));
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
