import { describe, expect, it } from 'vitest';
import { ADMIN_LINKS, OVERSEER_LINKS } from './dashboard-links';

describe('dashboard links', () => {
  it("lead an administrator into the console and a commission to its own result page only", () => {
    expect(ADMIN_LINKS.result('r.a b.self')).toBe('/admin/result/r.a%20b.self');
    expect(ADMIN_LINKS.regionHistory?.('haining')).toBe('/admin/regions/haining/history');
    expect(OVERSEER_LINKS.result('r.a.self')).toBe('/inst/result/r.a.self');
    expect([OVERSEER_LINKS.institutionHistory, OVERSEER_LINKS.regionHistory, OVERSEER_LINKS.audit]).toEqual([undefined, undefined, undefined]);
  });
});
