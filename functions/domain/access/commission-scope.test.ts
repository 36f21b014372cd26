import { describe, expect, it } from 'vitest';
import { regionsUnder, scopeFromDirectory } from './commission-scope.js';

describe('regions under a commission', () => {
  const regions = [
    { id: 'zj' },
    { id: 'jx', parentId: 'zj' },
    { id: 'hn', parentId: 'jx' },
    { id: 'tx', parentId: 'jx' },
    { id: 'sx' },
    { id: 'ty', parentId: 'sx' },
  ];

  it('a city oversees itself and its counties, a province everything below it, a county only itself', () => {
    expect([...regionsUnder(regions, 'jx')].sort()).toEqual(['hn', 'jx', 'tx']);
    expect([...regionsUnder(regions, 'zj')].sort()).toEqual(['hn', 'jx', 'tx', 'zj']);
    expect([...regionsUnder(regions, 'hn')]).toEqual(['hn']);
  });

  it('a parent cycle in stored data ends instead of looping', () => {
    expect([...regionsUnder([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }], 'a')].sort()).toEqual(['a', 'b']);
  });
});

describe('a commission scope from the directory lists', () => {
  it('holds the regions under the commission and only the institutions in them', () => {
    const regions = [{ id: 'jx' }, { id: 'hn', parentId: 'jx' }, { id: 'ty' }];
    const institutions = [{ id: 'a', regionId: 'hn' }, { id: 'b', regionId: 'jx' }, { id: 'c', regionId: 'ty' }];
    const scope = scopeFromDirectory('jx', regions, institutions);
    expect([...scope.regionIds].sort()).toEqual(['hn', 'jx']);
    expect([...scope.institutionIds].sort()).toEqual(['a', 'b']);
    expect([...scopeFromDirectory('hn', regions, institutions).institutionIds]).toEqual(['a']);
  });
});
