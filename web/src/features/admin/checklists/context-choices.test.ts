import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../../../../../functions/scoring/fixtures/sample-definition';
import type { Localized } from '../../../i18n/i18n-context';
import { compile, type ChecklistDefinition } from '../../../lib/engine';
import { en, zh, type MessageKey } from '../../../i18n/messages';
import { contextProblemText, preselectContext } from './context-choices';

const words = (m: typeof en, side: 'zh' | 'en') => ({
  t: (key: MessageKey, values: Record<string, string | number> = {}) => m[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k])),
  l: (text: Localized | undefined | null) => (side === 'en' ? text?.en ?? text?.zh : text?.zh) ?? '',
});

// The sample checklist with type, county and grade required, and a rule: a maternal and child health centre is in county b.
const definition = sampleDefinition() as ChecklistDefinition;
definition.context = definition.context.map((f) => (['type', 'county', 'grade'].includes(f.id) ? { ...f, required: true } : f));
const compiled = compile(definition);
const withRule = compile({ ...definition, format: 1.1, contextRules: [{ when: { context: { type: 'general' } }, then: { context: { county: 'b' } } }] } as ChecklistDefinition);

describe('the preview\'s starting context', () => {
  it('preselects the first value of each type, county and grade, which the engine then accepts', () => {
    const context = preselectContext(compiled, { year: 2025, round: 'baseline' });
    expect(context).toEqual({ year: 2025, round: 'baseline', type: 'general', county: 'a', grade: '2' });
    expect(compiled.validateContext(context)).toEqual([]);
  });

  it('skips a first value a context rule forbids, and keeps values already chosen', () => {
    expect(preselectContext(withRule, { year: 2025, round: 'baseline' })).toMatchObject({ type: 'general', county: 'b' });
    expect(preselectContext(withRule, { year: 2025, round: 'baseline', type: 'mch' })).toMatchObject({ type: 'mch', county: 'a' });
    const full = { year: 2025, round: 'baseline', type: 'general', county: 'b', grade: '3' };
    expect(preselectContext(withRule, full)).toBe(full);
  });
});

describe('context problems of a dry run, in words', () => {
  const { t, l } = words(zh, 'zh');
  const text = (context: Record<string, string | number>, c = compiled) => c.validateContext(context).map((i) => contextProblemText(i, c, context, t, l));

  it('names a missing value by its label with the values allowed, not its path', () => {
    expect(text({ year: 2025, round: 'final', county: 'a', grade: '2' })).toEqual(['缺少评估情形“机构类型”，可选：综合医院、妇幼保健院。']);
  });

  it('says a value outside the allowed ones, which ones are allowed, and a broken rule in its words', () => {
    expect(text({ year: 2025, round: 'final', type: 'clinic', county: 'a', grade: '2' })).toEqual(['评估情形“机构类型”的取值“clinic”不在可选范围内，可选：综合医院、妇幼保健院。']);
    expect(text({ year: 1999, round: 'final', type: 'general', county: 'b', grade: '2' })).toEqual(['年度应为 2000 至 2100 之间的整数。']);
    expect(text({ year: 2025, round: 'final', type: 'general', county: 'a', grade: '2' }, withRule)).toEqual(['评估情形相互矛盾：机构类型 = 综合医院 时，应 县 = 乙县。']);
    const e = words(en, 'en');
    const missing = compiled.validateContext({ year: 2025, county: 'a', grade: '2' });
    expect(missing.map((i) => contextProblemText(i, compiled, {}, e.t, e.l))).toEqual(['The context value "机构类型" is missing; allowed: 综合医院, 妇幼保健院.']);
  });
});
