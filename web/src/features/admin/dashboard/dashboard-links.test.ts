import { describe, expect, it } from 'vitest';
import { ADMIN_LINKS, OVERSEER_LINKS } from './dashboard-links';

describe('dashboard links', () => {
  it('lead an administrator into the console and a commission to its own routes, never to an audit trail', () => {
    expect(ADMIN_LINKS.result('r.a b.self')).toBe('/admin/result/r.a%20b.self');
    expect(ADMIN_LINKS.regionHistory('haining')).toBe('/admin/regions/haining/history');
    expect(OVERSEER_LINKS.result('r.a.self')).toBe('/inst/result/r.a.self');
    expect(OVERSEER_LINKS.dashboard('demo-2025')).toBe('/oversee/rounds/demo-2025/dashboard');
    expect(OVERSEER_LINKS.institutionHistory('haining-renmin')).toBe('/oversee/institutions/haining-renmin/history');
    expect(OVERSEER_LINKS.audit).toBeUndefined();
  });
});
