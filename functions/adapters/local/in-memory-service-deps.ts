import type { Clock } from '../../domain/ports/clock.js';
import type { ServiceDeps } from '../../domain/services/service-deps.js';
import { createDefaultEngine } from '../engine/default-engine.js';
import { InMemoryEvidenceStore } from './in-memory-evidence-store.js';
import { createInMemoryRepositories } from './in-memory-repositories.js';
import { InMemoryScoringQueue } from './in-memory-scoring-queue.js';

/** Service dependencies with every port in memory, typed concretely so a test can inspect them. */
export interface InMemoryServiceDeps extends ServiceDeps {
  queue: InMemoryScoringQueue;
  evidence: InMemoryEvidenceStore;
  /** Moves the clock that every service and store reads. */
  clock: Clock & { set(iso: string): void; advance(ms: number): void };
}

/**
 * The use cases' dependencies wired in memory (repositories, queue, evidence, a settable clock)
 * around the real engine: what a domain unit test needs instead of dynalite.
 */
export function createInMemoryServiceDeps(opts: { now?: string; maxEvidenceBytes?: number } = {}): InMemoryServiceDeps {
  let t = Date.parse(opts.now ?? '2025-06-01T08:00:00.000Z');
  const clock = { now: () => new Date(t), set: (iso: string) => void (t = Date.parse(iso)), advance: (ms: number) => void (t += ms) };
  return {
    repos: createInMemoryRepositories(),
    engine: createDefaultEngine(),
    queue: new InMemoryScoringQueue(),
    evidence: new InMemoryEvidenceStore(clock.now),
    clock,
    config: { maxEvidenceBytes: opts.maxEvidenceBytes ?? 1024 * 1024 },
  };
}
