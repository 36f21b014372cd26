import { describe, expect, it } from 'vitest';
import { expandDefinition } from '../../../../../../functions/checklist/generate-form';
import { validateDefinition } from '../../../../../../functions/checklist/validate-definition';
import { resolvedDefinition } from '../../../../../../functions/cli/standard-scales-file';
import { zh } from '../../../../i18n/messages';
import { exampleOutline } from './example-outline';
import { outlinePlaceText, outlineProblemText } from './outline-text';
import { OUTLINE_LIMITS, readOutline, type OutlineProblem } from './read-outline';

const t = (key: keyof typeof zh, values: Record<string, string | number> = {}) => zh[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
const outline = (criteria: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'outline-test',
  title: '大纲测试',
  plan: { title: '测试方案', years: '2025-2027', seed: 'test.txt' },
  sections: [{ id: 'goals', title: '工作目标', criteria }],
  ...extra,
});
const problemsOf = (value: unknown) => {
  const r = readOutline(JSON.stringify(value));
  return r.ok ? [] : r.problems;
};
const words = (p: OutlineProblem) => `${outlinePlaceText(p.path, t)}：${outlineProblemText(p, t)}`;

describe('readOutline', () => {
  it('turns a ">= 50" shorthand into the target the editor and dry run read', () => {
    const r = readOutline(JSON.stringify(outline([{ id: 'beds', title: '床位数', kind: 'count', clause: '二', target: '>= 50', unit: '张' }])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const criteria = r.definition.criteria as Record<string, unknown>[];
    expect(criteria[0]).toMatchObject({ id: 'beds', section: 'goals', kind: 'count', value: { field: 'goals.beds' }, target: { op: '>=', value: 50 }, unit: { zh: '张' } });
    expect(r.definition).toMatchObject({ format: 1.1, version: 1, status: 'draft', plan: { years: { from: 2025, to: 2027 } } });
    expect(validateDefinition(expandDefinition(r.definition))).toMatchObject({ ok: true });
  });

  it('offers an example that becomes a valid checklist with each of its shorthands read', () => {
    const r = readOutline(JSON.stringify(exampleOutline()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.definition.criteria as { target: unknown }[]).map((c) => c.target)).toEqual([
      { op: '>=', value: 100 },
      { op: '>=', value: 90 },
      { op: '>=', level: '3' },
      { equals: true },
    ]);
    expect(r.definition.scales).toEqual({ emr: { ref: 'emr@1' } });
    // With its standard scale resolved, as the server's dry run does, it validates without a warning.
    expect(validateDefinition(expandDefinition(resolvedDefinition(r.definition)))).toMatchObject({ ok: true, warnings: [] });
  });

  it('lists every problem at its place in the outline, in Chinese, and generates nothing', () => {
    const problems = problemsOf(
      outline([
        { id: 'beds', title: '床位数', kind: 'count', clause: '二', target: '至少50张' },
        { id: 'beds', title: '', kind: 'amount', clause: '二' },
        { title: '远程', kind: 'boolean', clause: '二', target: true },
      ], { plan: { title: '测试方案', seed: 'test.txt' } }),
    );
    expect(problems.map(words)).toEqual([
      'plan · years：缺少必填项 "years"。',
      '第 1 个章节 · 第 1 个指标 · target：无法识别 count 类指标的目标简写 "至少50张"：可写 ">= 50"、"10-15"、"45±3"，或完整的目标对象。',
      '第 1 个章节 · 第 2 个指标 · title："title" 应为文字，或 { "zh": "…", "en": "…" }。',
      '第 1 个章节 · 第 2 个指标 · id：编号 "beds" 重复，每个编号只能用一次。',
      '第 1 个章节 · 第 2 个指标 · kind：不认识的指标类型 "amount"，可用：boolean、numeric、count、ordinal、coverage、info。',
      '第 1 个章节 · 第 3 个指标 · id：缺少必填项 "id"。',
    ]);
  });

  it('says where a syntax error is, in words', () => {
    const r = readOutline('{ "id": "x",\n  "title": "y" "plan": {} }');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(words)).toEqual(['整个大纲：JSON 语法错误（第 2 行第 16 列）：缺少逗号']);
  });

  it('refuses an outline past its size or counts before converting anything', () => {
    const criterion = (i: number) => ({ id: `c${i}`, title: `指标${i}`, kind: 'boolean', clause: '二', target: true });
    const many = outline(Array.from({ length: OUTLINE_LIMITS.maxCriteria + 1 }, (_, i) => criterion(i)));
    expect(problemsOf(many).map(words)).toEqual([`sections：指标过多，最多 ${OUTLINE_LIMITS.maxCriteria} 个。`]);
    const sections = { ...outline([]), sections: Array.from({ length: OUTLINE_LIMITS.maxSections + 1 }, (_, i) => ({ id: `s${i}`, title: '章', criteria: [criterion(i)] })) };
    expect(problemsOf(sections).map(words)).toEqual([`sections：章节过多，最多 ${OUTLINE_LIMITS.maxSections} 个。`]);
    const large = readOutline(JSON.stringify(outline([{ ...criterion(0), title: '长'.repeat(OUTLINE_LIMITS.maxBytes / 3 + 1) }])));
    expect(large.ok ? [] : large.problems.map((p) => p.code)).toEqual(['too-large']);
  });

  it('asks for sections with criteria rather than failing inside the conversion', () => {
    expect(problemsOf({ id: 'x', title: 'y', plan: { title: 'p', years: '2025-2026', seed: 's' } }).map(words)).toEqual(['sections：缺少必填项 "sections"。']);
    expect(problemsOf(outline([])).map(words)).toEqual(['第 1 个章节 · criteria："criteria" 应为列表 [ … ]，且至少有一项。']);
    expect(problemsOf([1, 2]).map(words)).toEqual(['整个大纲：应为 JSON 对象 { … }。']);
  });

  it('answers any JSON with problems or a definition, never by throwing', () => {
    const criterion = { id: 'c', title: '指标', kind: 'coverage', clause: '二' };
    const odd: unknown[] = [null, 1, 'text', {}, { sections: 5 }, { sections: [null] }, { sections: [{ criteria: [null, 3] }] },
      outline([{ ...criterion, items: [null, 2, '', { value: 1 }, { value: 'a', label: 'A' }] }]), outline([{ ...criterion, items: 'a' }]),
      outline([{ ...criterion, kind: 'ordinal', scale: 3, target: { op: '>=' } }]), outline([{ ...criterion, title: { en: 'x' }, unit: 5 }])];
    for (const value of odd) expect(() => readOutline(JSON.stringify(value))).not.toThrow();
    expect(problemsOf(outline([{ ...criterion, items: [null, '医学影像', { value: 'lab' }] }])).map(words)).toEqual([
      '第 1 个章节 · 第 1 个指标 · 第 1 项：覆盖项应为文字，或 { "value": "…", "label": "…" }。',
      '第 1 个章节 · 第 1 个指标 · 第 3 项 · label：缺少必填项 "label"。',
    ]);
  });
});
