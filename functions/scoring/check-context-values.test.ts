import { describe, expect, it } from 'vitest';
import { compileChecklist } from './compile.js';
import { sampleDefinition } from './fixtures/sample-definition.js';

function compiledWithPopulationRequiredForMch() {
  const d = sampleDefinition();
  d.context.find((f) => f.id === 'population')!.requiredWhen = { context: { type: 'mch' } };
  return compileChecklist(d);
}

describe('context checks', () => {
  it('asks for a conditionally required field only where its condition holds', () => {
    const compiled = compiledWithPopulationRequiredForMch();
    expect(compiled.validateContext({ type: 'mch', year: 2025 })).toContainEqual(expect.objectContaining({ path: '/population', code: 'context-required' }));
    expect(compiled.validateContext({ type: 'general', year: 2025 })).toEqual([]);
    expect(compiled.validateContext({ type: 'mch', population: 31, year: 2025 })).toEqual([]);
  });

  it('rejects unknown fields, options outside the list, and a malformed year or round', () => {
    const compiled = compileChecklist(sampleDefinition());
    const codes = compiled.validateContext({ type: 'hospital', grade: '9', year: 25, round: 'mid', city: 'x' }).map((i) => `${i.path} ${i.code}`);
    expect(codes).toEqual(expect.arrayContaining(['/type context-value', '/grade context-value', '/year context-type', '/round context-value', '/city unknown-context']));
  });

  it('normalizes numbers typed as text, as flags and query strings deliver them', () => {
    const compiled = compileChecklist(sampleDefinition());
    expect(compiled.normalizeContext({ year: '2025', population: '30.5', county: 'a', grade: '' })).toEqual({ year: 2025, population: 30.5, county: 'a' });
  });

  it('returns a context that needs no change as it is, and copies one that does', () => {
    const compiled = compileChecklist(sampleDefinition());
    const normal = { year: 2025, county: 'a', grade: '2' };
    expect(compiled.normalizeContext(normal)).toBe(normal);
    const typed = { year: '2025', county: 'a' };
    expect(compiled.normalizeContext(typed)).not.toBe(typed);
    expect(typed).toEqual({ year: '2025', county: 'a' });
    const inherited = Object.create({ county: 'a' }) as Record<string, unknown>;
    inherited.year = 2025;
    expect(compiled.normalizeContext(inherited)).toEqual({ year: 2025 });
  });

  it('refuses a requiredWhen that tests answers rather than context', () => {
    const d = sampleDefinition();
    d.context.find((f) => f.id === 'population')!.requiredWhen = { values: { 'beds.feverClinic': true } };
    expect(() => compileChecklist(d)).toThrow(/requiredWhen/);
  });
});
