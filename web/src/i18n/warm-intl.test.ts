import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntl } from './warm-intl';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('warmIntl', () => {
  it('builds a formatter of the locale later, not during the call, and not at all once cancelled', () => {
    vi.useFakeTimers();
    const made: unknown[] = [];
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(
      class {
        constructor(locale: unknown) {
          made.push(locale);
        }
        format = () => '0';
      } as never,
    );
    warmIntl('zh-CN');
    const cancel = warmIntl('en-GB');
    expect(made).toEqual([]);
    cancel();
    vi.runAllTimers();
    expect(made).toEqual(['zh-CN']);
  });
});
