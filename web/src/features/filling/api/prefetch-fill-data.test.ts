import { QueryClient } from '@tanstack/react-query';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { repoChecklists } from '../repo-checklists.test-helper';

const definition = Object.values(repoChecklists)[0]!;

const asked: string[] = [];
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
// openapi-fetch takes `fetch` when the client is made, so the stub goes in before the import.
vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  asked.push(url.pathname + url.search);
  if (url.pathname === '/api/submissions/s1') return json({ id: 's1', checklistId: 'c1', checklistVersion: 3 });
  if (url.pathname === '/api/checklists/c1') return json({ id: 'c1', version: 3, definition });
  return json({ error: { code: 'not-found', message: 'no such thing' } }, 404);
});
const { prefetchFillData } = await import('./queries');
type PreparedForm = import('./queries').PreparedForm;

afterAll(() => void vi.unstubAllGlobals());

describe('the fill page\'s early reads', () => {
  it('put the submission and its checklist version in the cache, under the keys the page reads', async () => {
    const client = new QueryClient();
    await prefetchFillData(client, 's1');
    expect(asked).toEqual(['/api/submissions/s1', '/api/checklists/c1?version=3']);
    expect(client.getQueryData(['submission', 's1'])).toMatchObject({ checklistId: 'c1' });
    expect(client.getQueryData(['checklist', 'c1', 3])).toMatchObject({ version: 3 });
    // …and the form is compiled from it, under the key the page reads, ready to validate answers.
    const prepared = client.getQueryData<PreparedForm>(['prepared-form', definition.id, definition.version]);
    expect(prepared?.compiled.definition.id).toBe(definition.id);
    expect(prepared?.ajv.getSchema).toBeTypeOf('function');
    expect(prepared?.compiled.validateAnswers({ [Object.keys(prepared!.schema.properties as object)[0]!]: 'not-a-number' }).length).toBeGreaterThan(0);
  });

  it('leave a failed read to the page (no throw, nothing cached)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(prefetchFillData(client, 'missing')).resolves.toBeUndefined();
    expect(client.getQueryData(['submission', 'missing'])).toBeUndefined();
  });
});

describe('a form the device has seen before', () => {
  it('asks for its checklist beside the submission, and notes the version for next time', async () => {
    const local = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => local.get(k) ?? null, setItem: (k: string, v: string) => void local.set(k, v) });
    try {
      await prefetchFillData(new QueryClient(), 's1');
      expect(JSON.parse(local.get('dabiao.checklist-of')!)).toEqual({ s1: ['c1', 3] });
      asked.length = 0;
      // A new visit (a new cache): the checklist is asked for first, not after the submission's reply.
      const client = new QueryClient();
      await prefetchFillData(client, 's1');
      expect(asked).toEqual(['/api/checklists/c1?version=3', '/api/submissions/s1']);
      expect(client.getQueryData(['prepared-form', definition.id, definition.version])).toBeDefined();
      // The route's own prefetch, after the start-up script's reads have begun, adds no read.
      asked.length = 0;
      const again = new QueryClient();
      let answer!: (value: unknown) => void;
      const early = prefetchFillData(again, 's1', { submission: new Promise((r) => (answer = r)), checklist: Promise.resolve({ id: 'c1', version: 3, definition }) });
      const route = prefetchFillData(again, 's1');
      answer({ id: 's1', checklistId: 'c1', checklistVersion: 3 });
      await Promise.all([early, route]);
      expect(asked).toEqual([]);
    } finally {
      vi.stubGlobal('localStorage', undefined);
    }
  });
});

describe('the start-up script\'s reads', () => {
  it('are taken instead of asking again', async () => {
    asked.length = 0;
    const client = new QueryClient();
    await prefetchFillData(client, 's1', { submission: Promise.resolve({ id: 's1', checklistId: 'c1', checklistVersion: 3, early: true }), checklist: Promise.resolve({ id: 'c1', version: 3, definition }) });
    expect(asked).toEqual([]);
    expect(client.getQueryData(['submission', 's1'])).toMatchObject({ early: true });
    expect(client.getQueryData(['prepared-form', definition.id, definition.version])).toBeDefined();
  });

  it('that failed (an expired token) are asked again by the page\'s own queries', async () => {
    asked.length = 0;
    const client = new QueryClient();
    await prefetchFillData(client, 's1', { submission: Promise.reject(new Error('HTTP 401')), checklist: Promise.reject(new Error('HTTP 401')) });
    expect(asked).toEqual(['/api/submissions/s1', '/api/checklists/c1?version=3']);
    expect(client.getQueryData(['checklist', 'c1', 3])).toMatchObject({ version: 3 });
  });
});
