import type { Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { lazyHandler } from './lazy-handler.js';

const context = { awsRequestId: 'req-1' } as Context;

describe('lazyHandler', () => {
  it('builds nothing at init, builds once on the first invocation and reuses the handler', async () => {
    const inner = vi.fn(async (event: number) => event * 2);
    const build = vi.fn(async () => inner);
    const handler = lazyHandler(build);
    expect(build).not.toHaveBeenCalled();
    await expect(Promise.all([handler(1, context), handler(2, context)])).resolves.toEqual([2, 4]);
    await expect(handler(3, context)).resolves.toBe(6);
    expect(build).toHaveBeenCalledTimes(1);
    expect(inner).toHaveBeenLastCalledWith(3, context);
  });

  it('passes the inner handler\'s failure to the caller', async () => {
    const handler = lazyHandler(async () => async () => {
      throw new Error('boom');
    });
    await expect(handler({}, context)).rejects.toThrow('boom');
  });

  it('tries a failed build again on the next invocation', async () => {
    const build = vi.fn().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(async () => 'ok');
    const handler = lazyHandler<unknown, string>(build);
    await expect(handler({}, context)).rejects.toThrow('chunk missing');
    await expect(handler({}, context)).resolves.toBe('ok');
    expect(build).toHaveBeenCalledTimes(2);
  });
});
