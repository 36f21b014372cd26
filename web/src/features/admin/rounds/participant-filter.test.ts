import { describe, expect, it } from 'vitest';
import { filterCandidates, institutionCandidates, regionCandidates, regionSubtree, regionTreeOrder } from './participant-filter';

const regions = [
  { id: 'prov', level: 'province', name: { zh: '某省' } },
  { id: 'city', level: 'city', parentId: 'prov', name: { zh: '某市', en: 'City' } },
  { id: 'county-a', level: 'county', parentId: 'city', name: { zh: '甲县', en: 'County A' } },
  { id: 'county-b', level: 'county', parentId: 'city', name: { zh: '乙县', en: 'County B' } },
  { id: 'other', level: 'city', name: { zh: '他市' } },
];
const institutions = institutionCandidates([
  { id: 'a-general', regionId: 'county-a', name: { zh: '甲县人民医院', en: 'County A People\'s Hospital' }, context: { institutionType: 'general' } },
  { id: 'a-tcm', regionId: 'county-a', name: { zh: '甲县中医院' }, context: { institutionType: 'tcm' } },
  { id: 'b-tcm', regionId: 'county-b', name: { zh: '乙县中医院' }, context: { institutionType: 'tcm' } },
  { id: 'city-general', regionId: 'city', name: { zh: '某市医院' }, context: { institutionType: 'general' } },
  { id: 'other-tcm', regionId: 'other', name: { zh: '他市中医院' }, context: { institutionType: 'tcm' } },
]);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('participant filter', () => {
  it('a region includes every region below it, at any depth', () => {
    expect([...regionSubtree(regions, 'prov')].sort()).toEqual(['city', 'county-a', 'county-b', 'prov']);
    expect([...regionSubtree(regions, 'county-a')]).toEqual(['county-a']);
  });

  it('survives a cycle in the parent links', () => {
    const cyclic = [{ id: 'x', level: 'city', parentId: 'y', name: { zh: 'x' } }, { id: 'y', level: 'city', parentId: 'x', name: { zh: 'y' } }];
    expect([...regionSubtree(cyclic, 'x')].sort()).toEqual(['x', 'y']);
  });

  it('picks institutions by region (with its sub-regions) and type', () => {
    expect(ids(filterCandidates(institutions, regions, { regionId: 'prov', type: 'tcm', search: '' }))).toEqual(['a-tcm', 'b-tcm']);
    expect(ids(filterCandidates(institutions, regions, { regionId: 'city', type: '', search: '' }))).toEqual(['a-general', 'a-tcm', 'b-tcm', 'city-general']);
    expect(ids(filterCandidates(institutions, regions, { regionId: '', type: 'general', search: '' }))).toEqual(['a-general', 'city-general']);
  });

  it('searches names in either language and ids, ignoring case', () => {
    expect(ids(filterCandidates(institutions, regions, { regionId: '', type: '', search: '中医' }))).toEqual(['a-tcm', 'b-tcm', 'other-tcm']);
    expect(ids(filterCandidates(institutions, regions, { regionId: '', type: '', search: 'people' }))).toEqual(['a-general']);
    expect(ids(filterCandidates(institutions, regions, { regionId: '', type: '', search: 'CITY-' }))).toEqual(['city-general']);
  });

  it('picks regions by the region they are under and by level', () => {
    const rows = regionCandidates(regions);
    expect(ids(filterCandidates(rows, regions, { regionId: 'city', type: 'county', search: '' }))).toEqual(['county-a', 'county-b']);
    expect(ids(filterCandidates(rows, regions, { regionId: '', type: 'city', search: '' }))).toEqual(['city', 'other']);
  });
});

describe('regionTreeOrder', () => {
  it('lists each region after its parent, with its depth', () => {
    const shuffled = [regions[3]!, regions[4]!, regions[2]!, regions[0]!, regions[1]!];
    expect(regionTreeOrder(shuffled).map((r) => `${r.depth}:${r.region.id}`)).toEqual(['0:other', '0:prov', '1:city', '2:county-b', '2:county-a']);
  });
});
