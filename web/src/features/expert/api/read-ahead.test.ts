import { onlineManager, QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../api/client';

const asked: string[] = [];
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
// openapi-fetch takes `fetch` when the client is made, so the stub goes in before the import.
vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  asked.push(url.pathname + url.search);
  if (url.pathname === '/api/submissions' && url.searchParams.get('roundId') === 'a') return json({ items: [{ id: 'a.h1.self', roundId: 'a', institutionId: 'h1', kind: 'self', status: 'submitted' }] });
  if (url.pathname === '/api/submissions') return json({ items: [] });
  return json({});
});
const { sendAhead } = await import('./read-ahead');

afterEach(() => {
  asked.length = 0;
  onlineManager.setOnline(true);
});
afterAll(() => void vi.unstubAllGlobals());

const round = (id: string, checklistVersion: number, status = 'open') => ({ id, name: { zh: id }, checklistId: 'c', checklistVersion, type: 'annual', year: 2026, status, institutionIds: ['h1'] }) as Schemas['Round'];
const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('reading ahead from the expert\'s home', () => {
  it('reads each checklist version and self-evaluation once, one after the other; a return to the home in the same session sends nothing again', async () => {
    const queries = client();
    await sendAhead(queries, [round('a', 1), round('b', 1), round('closed', 9, 'closed')]);
    expect(asked).toEqual(['/api/submissions?roundId=a', '/api/submissions?roundId=b', '/api/checklists/c?version=1', '/api/submissions/a.h1.self']);
    asked.length = 0;
    await sendAhead(client(), [round('a', 1), round('b', 1)]);
    // The round lists are the home's own reads (a fresh cache here); nothing read ahead again.
    expect(asked.filter((path) => !path.startsWith('/api/submissions?'))).toEqual([]);
  });

  it('offline, or with the browser\'s data saver on, reads nothing', async () => {
    onlineManager.setOnline(false);
    await sendAhead(client(), [round('d', 4)]);
    expect(asked).toEqual([]);
    onlineManager.setOnline(true);
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    await sendAhead(client(), [round('d', 4)]);
    expect(asked).toEqual([]);
  });
});
