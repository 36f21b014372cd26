import { describe, expect, it } from 'vitest';
import { InMemoryLoginAttemptStore } from '../../adapters/local/in-memory-login-attempt-store.js';
import { TooManyAttemptsError } from '../errors.js';
import type { LoginAttempts } from '../ports/login-attempt-store.js';
import { createLoginThrottle } from './login-throttle.js';

function setup() {
  const now = { t: Date.parse('2025-06-01T08:00:00Z') };
  const store = new InMemoryLoginAttemptStore();
  const throttle = createLoginThrottle({ store, clock: { now: () => new Date(now.t) } });
  const right = async () => ({ token: 't' });
  const wrong = async () => undefined;
  const outcome = (p: Promise<unknown>) =>
    p.then(
      (r) => (r === undefined ? 'denied' : 'ok'),
      (e: unknown) => (e instanceof TooManyAttemptsError ? `wait ${e.retryAfterSeconds}` : `error ${String(e)}`),
    );
  return { now, store, throttle, right, wrong, outcome };
}

describe('login throttle', () => {
  it('after five wrong passwords the account waits 30 s, even with the right one; then one try, and the wait doubles', async () => {
    const { now, throttle, right, wrong, outcome } = setup();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await outcome(throttle.attempt('admin', wrong)));
    expect(results).toEqual(['denied', 'denied', 'denied', 'denied', 'denied']);
    expect(await outcome(throttle.attempt('admin', right))).toBe('wait 30');
    now.t += 10_000;
    expect(await outcome(throttle.attempt('admin', right))).toBe('wait 20');
    now.t += 20_000;
    expect(await outcome(throttle.attempt('admin', wrong))).toBe('denied');
    expect(await outcome(throttle.attempt('admin', right))).toBe('wait 60');
    now.t += 60_000;
    expect(await outcome(throttle.attempt('admin', right))).toBe('ok');
  });

  it('a success resets the count; the wait is capped at 15 minutes; an hour without attempts starts afresh', async () => {
    const { now, throttle, right, wrong, outcome } = setup();
    for (let i = 0; i < 4; i++) await throttle.attempt('a', wrong);
    expect(await outcome(throttle.attempt('a', right))).toBe('ok');
    for (let i = 0; i < 4; i++) expect(await outcome(throttle.attempt('a', wrong))).toBe('denied');

    for (let i = 0; i < 12; i++) {
      await outcome(throttle.attempt('b', wrong));
      now.t += 15 * 60_000;
    }
    now.t -= 15 * 60_000;
    expect(await outcome(throttle.attempt('b', right))).toBe(`wait ${15 * 60}`);
    now.t += 61 * 60_000;
    for (let i = 0; i < 5; i++) expect(await outcome(throttle.attempt('b', wrong))).toBe('denied');
  });

  it('an unknown account name is counted exactly like a known one', async () => {
    const { throttle, wrong, outcome } = setup();
    const seq = async (name: string) => {
      const out = [];
      for (let i = 0; i < 7; i++) out.push(await outcome(throttle.attempt(name, wrong)));
      return out;
    };
    expect(await seq('no-such-user')).toEqual(await seq('admin'));
    expect(await seq('nobody-at-all')).toEqual(['denied', 'denied', 'denied', 'denied', 'denied', 'wait 30', 'wait 30']);
  });

  it('parallel guesses cannot all slip past the count: each is recorded before its password is checked', async () => {
    const { throttle, outcome } = setup();
    let checked = 0;
    const slowWrong = async () => {
      checked++;
      await new Promise((r) => setTimeout(r, 5));
      return undefined;
    };
    const results = await Promise.all(Array.from({ length: 40 }, () => outcome(throttle.attempt('admin', slowWrong))));
    expect(checked).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r === 'denied')).toHaveLength(checked);
    expect(results.filter((r) => r.startsWith('wait'))).toHaveLength(40 - checked);
  });

  it('a lost race is retried against the fresh count', async () => {
    const { store, wrong, outcome } = setup();
    let interfere = true;
    const racing = {
      get: (a: string) => store.get(a),
      put: async (next: LoginAttempts, expected: number) => {
        if (interfere) {
          interfere = false;
          await store.put({ ...next, failures: 3 }, expected);
        }
        return store.put(next, expected);
      },
    };
    const raced = createLoginThrottle({ store: racing, clock: { now: () => new Date('2025-06-01T08:00:00Z') } });
    expect(await outcome(raced.attempt('x', wrong))).toBe('denied');
    expect((await store.get('x'))?.failures).toBe(4);
  });
});
