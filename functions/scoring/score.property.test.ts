import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChecklist } from './compile.js';
import { scoreSubmission } from './score.js';
import { sampleDefinition } from './fixtures/sample-definition.js';

const compiled = compileChecklist(sampleDefinition());
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const answersArb = fc.record({
  beds: fc.record({ infectious: maybe(fc.integer({ min: 0, max: 120 })), feverClinic: maybe(fc.boolean()) }),
  quality: fc.record({
    discharges: maybe(fc.integer({ min: 0, max: 5000 })),
    surgeries: maybe(fc.integer({ min: 0, max: 5000 })),
    emr: maybe(fc.constantFrom('0', '1', '2', '3', '4', '5')),
    centres: maybe(fc.subarray(['chest', 'stroke', 'trauma'])),
    staffCost: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
    illegalDebt: maybe(fc.boolean()),
  }),
});
type Answers = { beds: Record<string, unknown>; quality: Record<string, unknown> };
const contextArb = fc.record({
  type: fc.constantFrom('general', 'mch'),
  county: fc.constantFrom('a', 'b'),
  grade: fc.constantFrom('2', '3'),
  year: fc.integer({ min: 2023, max: 2025 }),
});
const evidenceArb = fc.constantFrom({}, { centres: [{ name: 'cert.pdf' }] });

const score = (answers: Record<string, unknown>, context: Record<string, string | number>, evidence = {}) =>
  scoreSubmission(compiled, { context, answers, evidence });

describe('scoring properties', () => {
  it('keeps every total, subtotal and criterion within its bounds', () => {
    fc.assert(fc.property(answersArb, contextArb, evidenceArb, (answers, context, evidence) => {
      const r = score(answers, context, evidence);
      if (r.total !== null) expect(r.total).toBeGreaterThanOrEqual(0);
      if (r.total !== null) expect(r.total).toBeLessThanOrEqual(100);
      for (const s of r.sections) {
        if (s.score !== null) expect(s.score).toBeGreaterThanOrEqual(0);
        if (s.score !== null) expect(s.score).toBeLessThanOrEqual(100);
      }
      for (const c of r.criteria) {
        expect(c.points).toBeGreaterThanOrEqual(0);
        expect(c.points).toBeLessThanOrEqual(c.maxPoints);
      }
    }));
  });

  it('never lowers the score when a value moves toward its target', () => {
    // Each entry: a field, its target for the context used, and how to set it.
    const moves = [
      { target: 20, set: (a: Answers, v: number) => { a.beds.infectious = Math.round(v); } },
      { target: 45, set: (a: Answers, v: number) => { a.quality.staffCost = v; } },
      { target: 1000 * 0.35, set: (a: Answers, v: number) => { a.quality.discharges = 1000; a.quality.surgeries = Math.round(v); } },
    ];
    fc.assert(fc.property(answersArb, fc.nat({ max: moves.length - 1 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (answers, which, start, step) => {
      const move = moves[which]!;
      const context = { type: 'general', county: 'a', grade: '2', year: 2025 };
      const before = structuredClone(answers);
      move.set(before, start);
      const after = structuredClone(answers);
      move.set(after, start + (move.target - start) * step);
      expect(score(after, context).points).toBeGreaterThanOrEqual(score(before, context).points - 1e-9);
    }));
  });

  it('never lowers the score when a level rises or a centre is added', () => {
    const emr = ['0', '1', '2', '3', '4', '5'] as const;
    fc.assert(fc.property(answersArb, contextArb, fc.nat({ max: 4 }), (answers, context, level) => {
      const low = structuredClone(answers); low.quality.emr = emr[level];
      const high = structuredClone(answers); high.quality.emr = emr[level + 1];
      expect(score(high, context).points).toBeGreaterThanOrEqual(score(low, context).points);
      const fewer = structuredClone(answers); fewer.quality.centres = (answers.quality.centres ?? []).slice(1);
      const more = structuredClone(answers); more.quality.centres = answers.quality.centres ?? [];
      expect(score(more, context).points).toBeGreaterThanOrEqual(score(fewer, context).points);
    }));
  });

  it('leaves every other criterion unchanged when one becomes not applicable', () => {
    fc.assert(fc.property(answersArb, contextArb, (answers, context) => {
      const applies = score(answers, { ...context, type: 'general' });
      const dropped = score(answers, { ...context, type: 'mch' });
      expect(dropped.criteria.find((c) => c.id === 'infectious-beds')!.status).toBe('not-applicable');
      const others = (r: typeof applies) => r.criteria.filter((c) => c.id !== 'infectious-beds').map((c) => [c.id, c.status, c.points, c.maxPoints]);
      expect(others(dropped)).toEqual(others(applies));
    }));
  });

  it('is deterministic', () => {
    fc.assert(fc.property(answersArb, contextArb, (answers, context) => {
      expect(score(answers, context)).toEqual(score(structuredClone(answers), { ...context }));
    }));
  });
});
