import { describe, expect, it } from 'vitest';
import { advance, changedKeys, created } from './audit.js';

describe('advance', () => {
  it('bumps the version and appends one audit entry describing the change', () => {
    const at = new Date('2025-01-02T03:04:05Z');
    const item = { id: 'x', version: 1, updatedAt: '', audit: created('admin', at), status: 'draft' };
    const next = advance(item, { status: 'submitted' }, 'inst1', 'submit', at, { status: ['draft', 'submitted'] });
    expect(next.version).toBe(2);
    expect(next.status).toBe('submitted');
    expect(next.audit).toHaveLength(2);
    expect(next.audit[1]).toEqual({ at: at.toISOString(), by: 'inst1', action: 'submit', version: 2, changes: { status: ['draft', 'submitted'] } });
    expect(item.version).toBe(1);
  });

  it('lists changed top-level keys only', () => {
    expect(changedKeys({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 }, d: true })).toEqual(['b', 'd']);
  });
});
