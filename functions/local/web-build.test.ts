import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ensureWebBuilt, webBuildIsStale } from './web-build.js';

const built = vi.hoisted(() => ({ nodeEnv: [] as (string | undefined)[], mode: [] as (string | undefined)[] }));
vi.mock('vite', () => ({
  build: async (config: { mode?: string }) => {
    built.nodeEnv.push(process.env.NODE_ENV);
    built.mode.push(config.mode);
  },
}));

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'web-build-'));
  mkdirSync(join(root, 'web/src'), { recursive: true });
  mkdirSync(join(root, 'functions/scoring'), { recursive: true });
  writeFileSync(join(root, 'web/src/main.tsx'), '');
  writeFileSync(join(root, 'functions/scoring/score.ts'), '');
  return root;
}

const at = (root: string, file: string, seconds: number) => utimesSync(join(root, file), seconds, seconds);

describe('npm start builds the web app only when needed', () => {
  it('is stale without web/dist', () => {
    expect(webBuildIsStale(tree())).toBe(true);
  });

  it('is fresh when the build is newer than every source, stale once a page or the engine changes', () => {
    const root = tree();
    mkdirSync(join(root, 'web/dist'));
    writeFileSync(join(root, 'web/dist/index.html'), '');
    for (const f of ['web/src/main.tsx', 'web/src', 'web', 'functions/scoring/score.ts', 'functions/scoring', 'functions']) at(root, f, 1000);
    at(root, 'web/dist/index.html', 2000);
    expect(webBuildIsStale(root)).toBe(false);
    at(root, 'functions/scoring/score.ts', 3000);
    expect(webBuildIsStale(root)).toBe(true);
    at(root, 'functions/scoring/score.ts', 1000);
    at(root, 'web/src/main.tsx', 3000);
    expect(webBuildIsStale(root)).toBe(true);
  });

  it('a public file (the manifest icons) makes the build stale too', () => {
    const root = tree();
    mkdirSync(join(root, 'web/dist'));
    mkdirSync(join(root, 'web/public'));
    writeFileSync(join(root, 'web/dist/index.html'), '');
    writeFileSync(join(root, 'web/public/icon.svg'), '');
    for (const f of ['web/src/main.tsx', 'web/src', 'web', 'functions/scoring/score.ts', 'functions/scoring', 'functions', 'web/public', 'web/public/icon.svg']) at(root, f, 1000);
    at(root, 'web/dist/index.html', 2000);
    expect(webBuildIsStale(root)).toBe(false);
    at(root, 'web/public/icon.svg', 3000);
    expect(webBuildIsStale(root)).toBe(true);
  });

  it('builds what users get even under vitest (NODE_ENV=test would bundle React’s development build and no service worker)', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    await ensureWebBuilt(tree());
    expect(built).toEqual({ nodeEnv: ['production'], mode: ['production'] });
    expect(process.env.NODE_ENV).toBe('test');
  });
});
