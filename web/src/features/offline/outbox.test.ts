import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { createMemoryPendingStore } from './memory-pending-store';
import { Outbox, type OutboxEvent, type SaveDraft } from './outbox';
import type { DraftContent } from './pending-store';

const draft = (beds: number, extra: Record<string, unknown> = {}): DraftContent => ({ answers: { facilities: { beds, ...extra } }, evidence: {} });

/** A server holding versioned drafts, refusing stale versions as the API does. */
function fakeServer() {
  const stored = new Map<string, { version: number; content: DraftContent }>();
  let down = false;
  const writes: string[] = [];
  const attempts: string[] = [];
  const save: SaveDraft = async (id, { version, ...content }) => {
    if (down) throw new TypeError('Failed to fetch');
    attempts.push(id);
    const current = stored.get(id) ?? { version: 1, content: draft(0) };
    if (current.version !== version) throw new ApiError(409, 'version-conflict', 'stale');
    writes.push(id);
    stored.set(id, { version: version + 1, content });
    return { version: version + 1 };
  };
  return { stored, save, writes, attempts, setDown: (v: boolean) => (down = v) };
}

afterEach(() => vi.useRealTimers());

describe('outbox', () => {
  it('keeps edits made offline and sends them, oldest first, over their versions, when the network returns', async () => {
    const server = fakeServer();
    let online = false;
    let clock = 0;
    const outbox = new Outbox(createMemoryPendingStore(), server.save, { online: () => online, now: () => ++clock });
    await outbox.edit('u', 's2', { version: 1, content: draft(0) }, draft(5));
    await outbox.edit('u', 's1', { version: 1, content: draft(0) }, draft(7));
    await outbox.edit('u', 's2', { version: 1, content: draft(0) }, draft(6, { floorArea: 10 }));
    await outbox.sync('u');
    expect(server.writes).toEqual([]);
    expect(outbox.status()).toMatchObject({ online: false, pending: 3 });

    online = true;
    await outbox.wake('u');
    expect(server.writes).toEqual(['s2', 's1']);
    expect(server.stored.get('s2')).toEqual({ version: 2, content: draft(6, { floorArea: 10 }) });
    expect(outbox.status()).toMatchObject({ online: true, pending: 0, syncing: false });
    expect(await outbox.pending('u', 's2')).toBeUndefined();
  });

  it('on a network failure keeps the edit and retries with back-off until it lands', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    server.setDown(true);
    const outbox = new Outbox(createMemoryPendingStore(), server.save, { online: () => true, baseDelayMs: 1000 });
    const events: OutboxEvent['type'][] = [];
    outbox.subscribe((e) => events.push(e.type));
    await outbox.edit('u', 's1', { version: 1, content: draft(0) }, draft(9));
    await outbox.sync('u');
    await vi.advanceTimersByTimeAsync(1000);
    expect(events.filter((e) => e === 'unreachable')).toHaveLength(2);
    server.setDown(false);
    // The second retry waits twice as long.
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.stored.get('s1')?.content).toEqual(draft(9));
    expect(events.at(-1)).toBe('saved');
    outbox.stop();
  });

  it('a 409 keeps the edit for the user to resolve; the chosen copy is then written over the newest version', async () => {
    const server = fakeServer();
    server.stored.set('s1', { version: 3, content: draft(50) });
    const outbox = new Outbox(createMemoryPendingStore(), server.save, { online: () => true });
    await outbox.edit('u', 's1', { version: 2, content: draft(0) }, draft(9));
    await outbox.sync('u');
    expect((await outbox.pending('u', 's1'))?.state).toBe('conflict');
    expect(outbox.status().conflicts).toBe(1);
    expect(server.stored.get('s1')?.content).toEqual(draft(50));
    // Further edits do not send the conflicted draft behind the user's back.
    await outbox.edit('u', 's1', { version: 2, content: draft(0) }, draft(10));
    await outbox.sync('u');
    expect(server.writes).toEqual([]);

    await outbox.rebase('u', 's1', { version: 3, content: draft(50) }, draft(10));
    await outbox.sync('u');
    expect(server.stored.get('s1')).toEqual({ version: 4, content: draft(10) });
    expect(await outbox.pending('u', 's1')).toBeUndefined();
  });

  it('a write whose reply was lost (it landed, then the tab closed) is confirmed by the next pass, not shown as a conflict', async () => {
    const server = fakeServer();
    const read = async (id: string) => {
      const current = server.stored.get(id) ?? { version: 1, content: draft(0) };
      return { version: current.version, ...current.content };
    };
    // The write reached the server; its reply never reached the page, so the edit is still pending over version 1.
    server.stored.set('s1', { version: 2, content: draft(9) });
    server.stored.set('s2', { version: 2, content: draft(50) });
    const outbox = new Outbox(createMemoryPendingStore(), server.save, { online: () => true, read });
    const events: OutboxEvent[] = [];
    outbox.subscribe((e) => events.push(e));
    await outbox.edit('u', 's1', { version: 1, content: draft(0) }, draft(9));
    await outbox.edit('u', 's2', { version: 1, content: draft(0) }, draft(9));
    await outbox.sync('u');
    expect(await outbox.pending('u', 's1')).toBeUndefined();
    expect(events).toContainEqual({ type: 'saved', submissionId: 's1', version: 2, content: draft(9) });
    // Someone else's change is still a conflict for the user to resolve.
    expect((await outbox.pending('u', 's2'))?.state).toBe('conflict');
    expect(outbox.status().conflicts).toBe(1);
    expect(server.writes).toEqual([]);
  });

  it('an edit made while a write is in flight is not lost: it stays pending over the new version', async () => {
    const server = fakeServer();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const outbox = new Outbox(createMemoryPendingStore(), async (id, body) => (await gate, server.save(id, body)), { online: () => true });
    await outbox.edit('u', 's1', { version: 1, content: draft(0) }, draft(1));
    const first = outbox.sync('u');
    await new Promise((r) => setTimeout(r, 0));
    await outbox.edit('u', 's1', { version: 1, content: draft(0) }, draft(2));
    release();
    await first;
    const left = await outbox.pending('u', 's1');
    expect(left).toMatchObject({ baseVersion: 2, content: draft(2), state: 'pending' });
    await outbox.sync('u');
    expect(server.stored.get('s1')).toEqual({ version: 3, content: draft(2) });
  });

  it('keeps each user’s edits apart and marks a refused draft failed with the server’s message', async () => {
    const outbox = new Outbox(createMemoryPendingStore(), async () => {
      throw new ApiError(403, 'forbidden', 'not your submission');
    }, { online: () => true });
    await outbox.edit('a', 's1', { version: 1, content: draft(0) }, draft(1));
    await outbox.edit('b', 's1', { version: 1, content: draft(0) }, draft(2));
    await outbox.sync('a');
    expect(await outbox.pending('a', 's1')).toMatchObject({ state: 'failed', message: 'not your submission' });
    expect(await outbox.pending('b', 's1')).toMatchObject({ state: 'pending', content: draft(2) });
  });
});

describe('outbox across tabs', () => {
  it('runs each pass inside the exclusive section, so two tabs coming online do not send the same draft twice', async () => {
    const server = fakeServer();
    const store = createMemoryPendingStore();
    let held = Promise.resolve();
    const exclusive = (pass: () => Promise<void>) => (held = held.then(pass));
    const tabA = new Outbox(store, server.save, { online: () => true, exclusive });
    const tabB = new Outbox(store, server.save, { online: () => true, exclusive });
    const conflicts: string[] = [];
    tabB.subscribe((e) => e.type === 'conflict' && conflicts.push(e.submissionId));
    await tabA.edit('u', 's1', { version: 1, content: draft(0) }, draft(4));
    await Promise.all([tabA.wake('u'), tabB.wake('u')]);
    // One attempt in all: the second pass found the draft already sent.
    expect(server.attempts).toEqual(['s1']);
    expect(conflicts).toEqual([]);
  });

  it('relays another tab’s event to this tab’s pages, marked remote', () => {
    const outbox = new Outbox(createMemoryPendingStore(), fakeServer().save, { online: () => true });
    const seen: OutboxEvent[] = [];
    outbox.subscribe((e) => seen.push(e));
    outbox.relay({ type: 'saved', submissionId: 's1', version: 5, content: draft(1) });
    expect(seen).toEqual([{ type: 'saved', submissionId: 's1', version: 5, content: draft(1), remote: true }]);
  });

  describe('an evaluation started offline', () => {
    const start = { body: { roundId: 'r', institutionId: 'i', kind: 'expert' }, submission: { id: 's1' } };
    /** The API's create: the first copy at version 1 (prefilled with beds 30), 409 already-exists the second time. */
    function creating(server: ReturnType<typeof fakeServer>) {
      const bodies: unknown[] = [];
      const create = async (body: Record<string, unknown>) => {
        if (server.stored.has('s1')) throw new ApiError(409, 'already-exists', 'exists');
        bodies.push(body);
        server.stored.set('s1', { version: 1, content: draft(30) });
        return { version: 1, ...draft(30) };
      };
      return { create, bodies };
    }

    it('is created on the server first, then its edits are saved over the new copy; it counts as one item to sync', async () => {
      const server = fakeServer();
      let online = false;
      const { create, bodies } = creating(server);
      const outbox = new Outbox(createMemoryPendingStore(), server.save, { online: () => online, create });
      await outbox.start('u', 's1', start, draft(30));
      expect(outbox.status().pending).toBe(1);
      await outbox.edit('u', 's1', { version: 0, content: draft(30) }, draft(45));
      expect(outbox.status().pending).toBe(2);
      expect((await outbox.started('u')).map((r) => r.submissionId)).toEqual(['s1']);
      await outbox.sync('u');
      expect(bodies).toEqual([]);

      online = true;
      await outbox.wake('u');
      expect(bodies).toEqual([start.body]);
      expect(server.stored.get('s1')).toEqual({ version: 2, content: draft(45) });
      expect(await outbox.pending('u', 's1')).toBeUndefined();
      expect(outbox.status().pending).toBe(0);
    });

    it('started and not edited: created, nothing else written, and the page hears the version', async () => {
      const server = fakeServer();
      const { create } = creating(server);
      const outbox = new Outbox(createMemoryPendingStore(), server.save, { online: () => true, create });
      const saved: number[] = [];
      outbox.subscribe((e) => e.type === 'saved' && saved.push(e.version));
      await outbox.start('u', 's1', start, draft(30));
      await outbox.sync('u');
      expect(server.stored.get('s1')).toEqual({ version: 1, content: draft(30) });
      expect(server.writes).toEqual([]);
      expect(saved).toEqual([1]);
      expect(await outbox.pending('u', 's1')).toBeUndefined();
    });

    it('started on another device first: kept as a conflict, nothing overwritten', async () => {
      const server = fakeServer();
      server.stored.set('s1', { version: 4, content: draft(99) });
      const { create } = creating(server);
      const outbox = new Outbox(createMemoryPendingStore(), server.save, { online: () => true, create });
      await outbox.start('u', 's1', start, draft(30));
      await outbox.edit('u', 's1', { version: 0, content: draft(30) }, draft(45));
      await outbox.sync('u');
      const kept = await outbox.pending('u', 's1');
      expect(kept).toMatchObject({ state: 'conflict', base: draft(30), content: draft(45) });
      expect(kept?.start).toBeUndefined();
      expect(server.stored.get('s1')).toEqual({ version: 4, content: draft(99) });
    });

    it('unreachable: kept, and created once the server answers', async () => {
      vi.useFakeTimers();
      const server = fakeServer();
      const { create } = creating(server);
      let down = true;
      const outbox = new Outbox(createMemoryPendingStore(), server.save, {
        online: () => true,
        baseDelayMs: 1000,
        create: (body) => (down ? Promise.reject(new TypeError('Failed to fetch')) : create(body)),
      });
      await outbox.start('u', 's1', start, draft(30));
      await outbox.sync('u');
      expect((await outbox.pending('u', 's1'))?.start).toEqual(start);
      down = false;
      await vi.advanceTimersByTimeAsync(1000);
      expect(server.stored.get('s1')?.version).toBe(1);
      expect(await outbox.pending('u', 's1')).toBeUndefined();
      outbox.stop();
    });
  });
});
