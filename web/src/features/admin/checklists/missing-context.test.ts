import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../../../../../functions/scoring/fixtures/sample-definition';
import { compile } from '../../../lib/engine';
import { contextFrom, missingContext } from './missing-context';

// The sample checklist with its type, county and grade required, as a real plan's are.
const definition = sampleDefinition();
definition.context = definition.context.map((f) => (['type', 'county', 'grade'].includes(f.id) ? { ...f, required: true } : f));
const compiled = compile(definition);

describe('the dry run\'s missing context', () => {
  it('names each context value the engine found missing by the label the checklist gives it', () => {
    const issues = compiled.validateContext({ year: 2025, round: 'final', county: 'a' });
    expect(issues.map((i) => i.code)).toContain('context-required');
    const missing = missingContext([...issues, { path: '/beds/total', code: 'out-of-range', message: 'x' }], compiled);
    expect(missing.map((m) => [m.id, m.label.zh])).toEqual([['type', '机构类型'], ['grade', '等级']]);
  });

  it('takes the declared keys from a directory entry, keeping year and round and what the entry lacks', () => {
    const next = contextFrom({ year: 2025, round: 'final', county: 'b' }, { type: 'general', grade: '3', unrelated: 'x' }, compiled);
    expect(next).toEqual({ year: 2025, round: 'final', county: 'b', type: 'general', grade: '3' });
    expect(missingContext(compiled.validateContext(next), compiled).map((m) => m.id)).not.toContain('type');
  });
});
