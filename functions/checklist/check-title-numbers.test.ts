import { describe, expect, it } from 'vitest';
import { validateDefinition } from './validate-definition.js';
import { sampleDefinition } from '../scoring/fixtures/sample-definition.js';
import { titleThresholds } from './check-title-numbers.js';
import { issueText } from './issue-text.js';

const mismatches = (d: ReturnType<typeof sampleDefinition>) => {
  const result = validateDefinition(d);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.warnings.filter((w) => w.code === 'title-target-mismatch');
};

describe('a number in a criterion’s title against its target', () => {
  it('reads thresholds, not years, grades or amounts in other units', () => {
    expect(titleThresholds('出院患者手术占比≥35%')).toEqual([35]);
    expect(titleThresholds('流动负债占总资产的比例小于30%')).toEqual([30]);
    expect(titleThresholds('2020年底前偿还三、四级债务')).toEqual([]);
    expect(titleThresholds('Research funding ≥ 1 million yuan')).toEqual([]);
    expect(titleThresholds('人员支出占业务支出比例45%左右')).toEqual([45]);
  });

  it('warns when the title says ≥35% and the target is 40, and shows both numbers', () => {
    const d = sampleDefinition();
    d.criteria[2]!.title = { zh: '手术占比≥35%', en: 'Surgery share ≥ 35%' };
    d.criteria[2]!.target = { op: '>=', value: 40 };
    const warnings = mismatches(d);
    expect(warnings).toEqual([expect.objectContaining({ path: '/criteria/2/title/zh', params: expect.objectContaining({ inTitle: ['35'], inTarget: ['40'] }) })]);
    expect(issueText(warnings[0]!)?.zh).toBe('标题写的是 35，目标却是 40：请核对标题或目标');
    expect(validateDefinition(d)).toMatchObject({ ok: true });
  });

  it('is quiet when the title matches one of the targets by context, or quotes no number', () => {
    const d = sampleDefinition();
    d.criteria[0]!.title = { zh: '传染病床位不少于50张' };
    d.criteria[2]!.title = { zh: '手术占比≥35%' };
    expect(mismatches(d)).toEqual([]);
  });
});
