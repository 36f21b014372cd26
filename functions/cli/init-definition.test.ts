import { describe, expect, it } from 'vitest';
import { definitionFromOutline, targetOf } from './init-definition.js';

describe('targetOf (init shorthands)', () => {
  it('reads the plan-like shorthands into targets of the format', () => {
    expect(targetOf('count', '>= 50')).toEqual({ op: '>=', value: 50 });
    expect(targetOf('numeric', '≥35%')).toEqual({ op: '>=', value: 35 });
    expect(targetOf('numeric', '10-15')).toEqual({ op: 'between', min: 10, max: 15 });
    expect(targetOf('numeric', '45±3')).toEqual({ op: 'about', value: 45, tolerance: 3 });
    expect(targetOf('ordinal', '>= 4a')).toEqual({ op: '>=', level: '4a' });
    expect(targetOf('boolean', false)).toEqual({ equals: false });
    expect(targetOf('coverage', 3)).toEqual({ min: 3 });
  });

  it('passes anything else through, for validation to report at its path', () => {
    expect(targetOf('numeric', 'about 45')).toBe('about 45');
    expect(targetOf('count', '>= many')).toBe('>= many');
    expect(targetOf('numeric', { op: '<', value: 1 })).toEqual({ op: '<', value: 1 });
  });
});

describe('definitionFromOutline', () => {
  it('refuses an outline without sections and criteria, saying what it needs', () => {
    expect(() => definitionFromOutline({ id: 'x' } as never)).toThrow(/"sections"/);
  });
});
