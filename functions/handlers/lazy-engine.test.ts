import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createDefaultEngine } from '../adapters/engine/default-engine.js';
import { resolvedDefinition } from '../cli/standard-scales-file.js';
import { ValidationError } from '../domain/errors.js';
import { ENGINE_VERSION } from '../scoring/engine-version.js';
import { lazyEngine } from './lazy-engine.js';

// Standard scale references expanded, as publishing stores them.
const definition = resolvedDefinition(JSON.parse(readFileSync('forms/haining-hospital-2023/checklist.json', 'utf8'))) as { id: string; version: number };

describe('lazyEngine', () => {
  it('loads the engine on the first prepare only, then prepares, caches and scores like it', async () => {
    const real = createDefaultEngine();
    const load = vi.fn(async () => real);
    const engine = lazyEngine(ENGINE_VERSION, load);
    expect(engine.engineVersion).toBe(ENGINE_VERSION);
    // Nothing cached before loading: a caller falls through to prepare, which loads.
    expect(engine.cached('haining@1')).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    const prepared = await engine.prepare(definition, 'haining@1');
    expect(prepared.definition.id).toBe(definition.id);
    expect(engine.cached('haining@1')).toBe(prepared);
    await engine.prepare(definition);
    expect(load).toHaveBeenCalledTimes(1);
    const submission = { context: prepared.normalizeContext({}), answers: {}, evidence: {} };
    expect(engine.score(prepared, submission)).toEqual(real.score(prepared, submission));
  });

  it('rejects an invalid definition with the same ValidationError, asynchronously', async () => {
    const engine = lazyEngine(ENGINE_VERSION, async () => createDefaultEngine());
    await expect(engine.prepare({ ...definition, criteria: 'none' })).rejects.toBeInstanceOf(ValidationError);
    expect(await engine.validateDefinition({ id: 'x' })).toMatchObject({ ok: false });
  });

  it('tries loading again after a failed load, and refuses an engine of another version', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(createDefaultEngine());
    const engine = lazyEngine(ENGINE_VERSION, load);
    await expect(engine.prepare(definition)).rejects.toThrow('chunk missing');
    expect((await engine.prepare(definition)).definition.id).toBe(definition.id);
    const stale = lazyEngine('0.0.1', async () => createDefaultEngine());
    await expect(stale.prepare(definition)).rejects.toThrow(/loaded where 0.0.1 was announced/);
  });

  it('cannot score before an engine was loaded', () => {
    const engine = lazyEngine(ENGINE_VERSION, async () => createDefaultEngine());
    expect(() => engine.score({} as never, { context: {}, answers: {}, evidence: {} } as never)).toThrow(/not loaded/);
  });
});
