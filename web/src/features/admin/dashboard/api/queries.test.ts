import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compactRoundDashboard } from '../../../../../../functions/domain/services/dashboard/compact-dashboard';
import type { RoundDashboard } from '../../../../../../functions/domain/services/dashboard/round-dashboard';
import type { Tagged } from './conditional-read';

/** A round's dashboard as the server would build it at `revision` (a score landing changes it). */
const dashboardAt = (revision: number): RoundDashboard => ({
  round: { id: 'r', name: { zh: `年度评估 ${revision}` }, year: 2025, type: 'annual', checklistId: 'c', checklistVersion: 1, status: 'open' },
  checklistTitle: { zh: '标准' },
  sections: [{ id: 's1', title: { zh: '一' } }],
  criteria: [{ id: 'beds', title: { zh: '床位' }, section: 's1', clause: '1.1', veto: false }],
  bands: [{ id: 'pass', label: { zh: '合格' }, min: 0 }],
  rows: [],
  checklistVersions: [1],
});

/** The route's contract (console-routes.ts): a weak ETag per revision, 304 without a body when the client holds it. */
const server = { revision: 1, sent: [] as (string | null)[], bodies: 0 };
function fakeFetch(input: Request): Promise<Response> {
  const etag = `W/"rev-${server.revision}"`;
  const held = input.headers.get('if-none-match');
  server.sent.push(held);
  if (held === etag) return Promise.resolve(new Response(null, { status: 304, headers: { etag } }));
  server.bodies++;
  return Promise.resolve(new Response(JSON.stringify(compactRoundDashboard(dashboardAt(server.revision))), { status: 200, headers: { etag, 'content-type': 'application/json' } }));
}

let queries: typeof import('./queries');
beforeAll(async () => {
  // openapi-fetch takes `fetch` when the client is created: stub it before the module loads.
  vi.stubGlobal('fetch', fakeFetch);
  vi.resetModules();
  queries = await import('./queries');
});
afterAll(() => void vi.unstubAllGlobals());

describe('the round dashboard read', () => {
  it('sends the ETag it holds on a refetch and keeps its data on a 304; a changed dashboard replaces it', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const key = ['round-dashboard', 'r'];
    await queries.prefetchRoundDashboard(client, 'r');
    const first = client.getQueryData<Tagged<RoundDashboard>>(key)!.data;
    expect(first.round.name.zh).toBe('年度评估 1');
    expect(server.sent).toEqual([null]);

    await client.refetchQueries({ queryKey: key });
    expect(server.sent).toEqual([null, 'W/"rev-1"']);
    expect(server.bodies).toBe(1);
    // The very object the page holds: nothing to re-render, nothing re-expanded.
    expect(client.getQueryData<Tagged<RoundDashboard>>(key)!.data).toBe(first);
    expect(client.getQueryState(key)?.status).toBe('success');

    server.revision = 2;
    await client.refetchQueries({ queryKey: key });
    expect(client.getQueryData<Tagged<RoundDashboard>>(key)!.data.round.name.zh).toBe('年度评估 2');
    await client.refetchQueries({ queryKey: key });
    expect(server.sent).toEqual([null, 'W/"rev-1"', 'W/"rev-1"', 'W/"rev-2"']);
    expect(server.bodies).toBe(2);
  });
});
