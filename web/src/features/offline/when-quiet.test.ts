import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet, type QuietSignals } from './when-quiet';

/** A page whose reads the test starts and ends, and whose main thread goes idle when told. */
function page() {
  let reads = 0;
  const listeners = new Set<() => void>();
  const idle: (() => void)[] = [];
  const signals: QuietSignals = {
    busy: () => reads > 0,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    idle: (cb) => idle.push(cb),
  };
  const change = (by: number) => {
    reads += by;
    listeners.forEach((l) => l());
  };
  return { signals, start: () => change(1), end: () => change(-1), goIdle: () => idle.splice(0).forEach((cb) => cb()), listeners };
}

describe('installing the service worker once the page has settled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits while the form is being read and for a quiet second after, then for an idle moment', () => {
    const p = page();
    const work = vi.fn();
    p.start();
    whenQuiet(p.signals, work);
    vi.advanceTimersByTime(5000);
    p.goIdle();
    expect(work).not.toHaveBeenCalled();
    p.end();
    vi.advanceTimersByTime(999);
    p.goIdle();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).not.toHaveBeenCalled();
    p.goIdle();
    expect(work).toHaveBeenCalledTimes(1);
    expect(p.listeners.size).toBe(0);
  });

  it('starts the quiet second again when a read follows (the checklist after the submission, then the round)', () => {
    const p = page();
    const work = vi.fn();
    whenQuiet(p.signals, work);
    vi.advanceTimersByTime(600);
    p.start();
    p.end();
    vi.advanceTimersByTime(600);
    p.goIdle();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    p.goIdle();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does not run while a read that began during the idle wait is still under way, and runs once only', () => {
    const p = page();
    const work = vi.fn();
    whenQuiet(p.signals, work);
    vi.advanceTimersByTime(1000);
    const busyNow = vi.spyOn(p.signals, 'busy').mockReturnValue(true);
    p.goIdle();
    expect(work).not.toHaveBeenCalled();
    busyNow.mockRestore();
    p.start();
    p.end();
    vi.advanceTimersByTime(1000);
    p.goIdle();
    p.start();
    p.end();
    vi.advanceTimersByTime(5000);
    p.goIdle();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled', () => {
    const p = page();
    const work = vi.fn();
    const cancel = whenQuiet(p.signals, work);
    vi.advanceTimersByTime(1000);
    cancel();
    p.goIdle();
    expect(work).not.toHaveBeenCalled();
  });
});
