import { describe, expect, it, vi } from 'vitest';
import type { ScoringQueue, ScoringRequest } from '../domain/ports/scoring-queue.js';
import { lazyScoringQueue } from './lazy-scoring-queue.js';

const request: ScoringRequest = { submissionId: 's1', revision: 2, requestedBy: 'u1', reason: 'submitted' };

describe('lazyScoringQueue', () => {
  it('builds the real queue on the first enqueue only, and hands every request to it', async () => {
    const sent: ScoringRequest[] = [];
    const load = vi.fn(async (): Promise<ScoringQueue> => ({ enqueue: async (r) => void sent.push(r) }));
    const queue = lazyScoringQueue(load);
    expect(load).not.toHaveBeenCalled();
    await queue.enqueue(request);
    await queue.enqueue({ ...request, revision: 3 });
    expect(sent.map((r) => r.revision)).toEqual([2, 3]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries loading again after a failed load, and passes a send failure on', async () => {
    const load = vi.fn()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValue({ enqueue: async () => { throw new Error('throttled'); } });
    const queue = lazyScoringQueue(load);
    await expect(queue.enqueue(request)).rejects.toThrow('chunk missing');
    await expect(queue.enqueue(request)).rejects.toThrow('throttled');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
