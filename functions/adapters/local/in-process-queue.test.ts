import { describe, expect, it } from 'vitest';
import { InProcessQueue } from './in-process-queue.js';

const request = { submissionId: 's', revision: 1, requestedBy: 'u', reason: 'submitted' as const };

describe('InProcessQueue', () => {
  it('delivers after enqueue returns, retries failures, and dead-letters what keeps failing', async () => {
    const queue = new InProcessQueue({ maxAttempts: 3, backoffMs: 1 });
    const calls: string[] = [];
    let failures = 1;
    queue.attach(async (r) => {
      calls.push(r.submissionId);
      if (r.submissionId === 'bad') throw new Error('boom');
      if (failures-- > 0) throw new Error('transient');
    });
    await queue.enqueue(request);
    expect(calls).toEqual([]);
    await queue.enqueue({ ...request, submissionId: 'bad' });
    await queue.idle();
    expect(calls.filter((c) => c === 's')).toHaveLength(2);
    expect(calls.filter((c) => c === 'bad')).toHaveLength(3);
    expect(queue.deadLetters).toEqual([{ request: { ...request, submissionId: 'bad' }, error: 'Error: boom' }]);
  });
});
