import { describe, expect, it, vi } from 'vitest';
import { createLatch } from './paint-latch';

describe('createLatch', () => {
  it('is closed until opened, then open for good, telling each listener once', () => {
    const latch = createLatch();
    const a = vi.fn();
    const b = vi.fn();
    latch.subscribe(a);
    const stopB = latch.subscribe(b);
    expect(latch.isOpen()).toBe(false);
    stopB();
    latch.open();
    latch.open();
    expect(latch.isOpen()).toBe(true);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
  });
});
