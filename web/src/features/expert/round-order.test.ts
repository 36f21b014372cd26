import { describe, expect, it } from 'vitest';
import { byDeadlineThenName, type OrderedRound } from './round-order';

const ids = (rounds: OrderedRound[]) => rounds.map((r) => r.id);

describe('byDeadlineThenName', () => {
  it('puts the nearest deadline first, rounds without one last, ties by name then id', () => {
    const rounds: OrderedRound[] = [
      { id: 'none', name: '甲' },
      { id: 'late', deadline: '2026-12-31', name: '甲' },
      { id: 'early-b', deadline: '2026-06-30', name: '海宁' },
      { id: 'early-a', deadline: '2026-06-30', name: '太原' },
      { id: 'twin-2', deadline: '2026-06-30', name: '海宁' },
    ];
    expect(ids([...rounds].sort(byDeadlineThenName('zh-CN')))).toEqual(['early-b', 'twin-2', 'early-a', 'late', 'none']);
  });

  it('gives the same order whatever order the rounds arrive in', () => {
    const rounds: OrderedRound[] = [
      { id: 'a', name: 'Taiyuan region' },
      { id: 'b', name: 'Haining' },
      { id: 'c', deadline: '2026-03-01', name: 'Zhang' },
    ];
    const order = byDeadlineThenName('en-GB');
    expect(ids([...rounds].sort(order))).toEqual(['c', 'b', 'a']);
    expect(ids([...rounds].reverse().sort(order))).toEqual(['c', 'b', 'a']);
  });
});
