import { describe, expect, it } from 'vitest';
import { readDashboardView, writeDashboardView } from './dashboard-query';

const choices = { regionIds: new Set(['', 'north']), types: new Set(['', 'tcm']), sections: 3 };

describe('the dashboard view in its address', () => {
  it('reads back what it wrote, and writes nothing for the default view', () => {
    const view = { regionId: 'north', institutionType: 'tcm', sort: { key: 'section:2' as const, ascending: true } };
    const written = writeDashboardView(new URLSearchParams('lang=en'), view);
    expect(written.toString()).toBe('lang=en&region=north&type=tcm&sort=section%3A2&order=asc');
    expect(readDashboardView(written, choices)).toEqual(view);
    expect(writeDashboardView(written, { regionId: '', institutionType: '', sort: { key: 'total', ascending: false } }).toString()).toBe('lang=en');
  });

  it('reads a value the page does not offer as no filter: a region not in the round, a section past the last, a made-up sort', () => {
    expect(readDashboardView(new URLSearchParams('region=south&type=general&sort=section:3'), choices)).toEqual({ regionId: '', institutionType: '', sort: { key: 'total', ascending: false } });
    expect(readDashboardView(new URLSearchParams('sort=name&order=up'), choices).sort).toEqual({ key: 'total', ascending: false });
    expect(readDashboardView(new URLSearchParams('sort=gap&order=asc'), choices).sort).toEqual({ key: 'gap', ascending: true });
  });
});
