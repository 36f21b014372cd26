import { describe, expect, it } from 'vitest';
import { checkRegionForm, regionForm } from './region-draft';

const regions = [
  { id: 'prov', name: { zh: '某省' }, level: 'province' as const },
  { id: 'city', name: { zh: '某市' }, level: 'city' as const, parentId: 'prov' },
  { id: 'county', name: { zh: '某县', en: 'A county' }, level: 'county' as const, parentId: 'city', context: { population: 35, county: 'qingxu', code: '007' } },
];
const problems = (result: ReturnType<typeof checkRegionForm>) => ('problems' in result ? result.problems.map((p) => `${p.field}:${p.key}`) : []);

describe('the region form', () => {
  it('starts from the region: names, level, parent, the context fields and the other values as lines', () => {
    expect(regionForm(regions[2])).toEqual({ id: 'county', zh: '某县', en: 'A county', level: 'county', parentId: 'city', fields: { population: '35', county: 'qingxu' }, other: 'code=007' });
    expect(checkRegionForm(regionForm(regions[2]), regions, 'county')).toEqual({
      body: { id: 'county', name: { zh: '某县', en: 'A county' }, level: 'county', parentId: 'city', context: { population: 35, county: 'qingxu', code: '007' } },
    });
  });

  it('a new region needs a free id in the API\'s alphabet and a Chinese name', () => {
    expect(problems(checkRegionForm(regionForm(), regions))).toEqual(['id:dir.problem.required', 'zh:dir.problem.required']);
    expect(problems(checkRegionForm({ ...regionForm(), id: '县 1', zh: '县' }, regions))).toEqual(['id:dir.problem.idFormat']);
    expect(problems(checkRegionForm({ ...regionForm(), id: 'city', zh: '县' }, regions))).toEqual(['id:dir.problem.idTaken']);
    expect(checkRegionForm({ ...regionForm(), id: ' new ', zh: ' 新县 ', parentId: 'city' }, regions)).toEqual({ body: { id: 'new', name: { zh: '新县' }, level: 'county', parentId: 'city', context: {} } });
  });

  it('an edit checks the same values, and refuses a parent that is the region or lies below it', () => {
    const edit = regionForm(regions[0]);
    expect(problems(checkRegionForm({ ...edit, zh: '' }, regions, 'prov'))).toEqual(['zh:dir.problem.required']);
    expect(problems(checkRegionForm({ ...edit, parentId: 'county' }, regions, 'prov'))).toEqual(['parentId:dir.problem.cycle']);
    expect(problems(checkRegionForm({ ...edit, parentId: 'prov' }, regions, 'prov'))).toEqual(['parentId:dir.problem.cycle']);
    expect(problems(checkRegionForm({ ...edit, fields: { population: '三十', county: '' }, other: 'no equals' }, regions, 'prov'))).toEqual(['population:dir.problem.number', 'other:dir.badLine']);
  });
});
