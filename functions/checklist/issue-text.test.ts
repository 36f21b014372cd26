import { describe, expect, it } from 'vitest';
import { issueText } from './issue-text.js';
import { validateDefinition } from './validate-definition.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';

describe('issueText', () => {
  it('gives every cross-reference issue of a definition a Chinese text, params-worded or headed by its code', () => {
    const d = sampleDefinition();
    d.criteria[0]!.section = 'nope';
    d.criteria[1]!.value = { field: 'beds.infectious' };
    d.criteria[2]!.target = { equals: true };
    const result = validateDefinition(d);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.code)).toEqual(['unknown-section', 'value-type', 'target-kind']);
    for (const issue of issues) expect(issueText(issue)?.zh, issue.code).toMatch(/[\u4e00-\u9fff]/);
    expect(issueText(issues[0]!)).toEqual({ zh: '所属章节未定义：section "nope" is not defined in /sections', en: 'section "nope" is not defined in /sections' });
  });

  it('words a failed check (a negative weight) in Chinese, with what it wanted (was English only)', () => {
    const d = sampleDefinition();
    d.criteria[1]!.weight = -1;
    const result = validateDefinition(d);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toMatchObject([{ path: '/criteria/1/weight', code: 'invalid-min_value' }]);
    expect(issueText(issues[0]!)).toEqual({ zh: '取值不符合要求：应为 >=0，实际为 -1', en: 'invalid value: expected >=0, received -1' });
  });

  it('leaves unknown codes without params to their message', () => {
    expect(issueText({ code: 'something-new', message: 'x' })).toBeUndefined();
  });
});
