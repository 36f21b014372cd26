import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';
import { compileChecklist } from '../scoring/compile.js';
import { ANSWER_LIMITS, exceedsValueBudget, withDefaultLimits } from './answer-limits.js';

describe('answer limits', () => {
  it('gives unbounded strings and arrays default limits and keeps the ones a form sets', () => {
    const schema = withDefaultLimits({
      type: 'object',
      properties: {
        note: { type: 'string' },
        short: { type: 'string', maxLength: 10 },
        list: { type: 'array', items: { type: ['string', 'null'] } },
        choice: { type: 'string', enum: ['a'], default: 'a' },
      },
    });
    expect(schema.properties.note).toEqual({ type: 'string', maxLength: ANSWER_LIMITS.defaultMaxLength });
    expect(schema.properties.short).toEqual({ type: 'string', maxLength: 10 });
    expect(schema.properties.list).toEqual({ type: 'array', maxItems: ANSWER_LIMITS.defaultMaxItems, items: { type: ['string', 'null'], maxLength: ANSWER_LIMITS.defaultMaxLength } });
    expect(schema.properties.choice.enum).toEqual(['a']);
  });

  it('counts values up to the budget and no further', () => {
    expect(exceedsValueBudget({ a: [1, 2, 3], b: { c: 'x' } }, 7)).toBe(false);
    expect(exceedsValueBudget({ a: [1, 2, 3], b: { c: 'x' } }, 6)).toBe(true);
    expect(exceedsValueBudget(new Array(10_000_000).fill(0), 100)).toBe(true);
  });

  it('a 200,000-item answer is one issue, not 200,000 (it used to be a 120 MB response)', () => {
    const checklist = compileChecklist(sampleDefinition());
    const issues = checklist.validateAnswers({ quality: { centres: new Array(200_000).fill('nope') } });
    expect(issues).toEqual([expect.objectContaining({ path: '/', code: 'answer-too-large' })]);
  });

  it('an array and a string over the default limits are reported, once each', () => {
    const checklist = compileChecklist(sampleDefinition());
    const issues = checklist.validateAnswers({ quality: { centres: new Array(ANSWER_LIMITS.defaultMaxItems + 1).fill('chest'), note: 'x'.repeat(ANSWER_LIMITS.defaultMaxLength + 1) } });
    expect(issues.filter((i) => i.code === 'answer-maxItems').map((i) => i.path)).toEqual(['/quality/centres']);
    expect(issues.filter((i) => i.code === 'answer-maxLength').map((i) => i.path)).toEqual(['/quality/note']);
  });
});
