import type { ScoringQueue, ScoringRequest } from '../../domain/ports/scoring-queue.js';

/**
 * Scoring requests held in memory until a test takes them: what was queued, in order, without a
 * consumer running (the in-process queue runs one; this one lets a test decide when, or whether).
 */
export class InMemoryScoringQueue implements ScoringQueue {
  private readonly waiting: ScoringRequest[] = [];

  async enqueue(request: ScoringRequest): Promise<void> {
    this.waiting.push({ ...request });
  }

  /** The requests queued so far, oldest first, without removing them. */
  peek(): ScoringRequest[] {
    return this.waiting.map((r) => ({ ...r }));
  }

  /** Removes and returns every queued request, oldest first (a consumer's receive). */
  take(): ScoringRequest[] {
    return this.waiting.splice(0);
  }
}
