import type { ScoringQueue, ScoringRequest } from '../../domain/ports/scoring-queue.js';

/** A consumer of scoring requests (the scoring use case). */
export type ScoringHandler = (request: ScoringRequest) => Promise<unknown>;

/**
 * Local stand-in for SQS: runs the scoring handler in-process after the request that enqueued
 * it has returned, retrying failures with backoff like SQS redelivery, and keeping requests that
 * still fail (the dead-letter queue's job) in `deadLetters`.
 */
export class InProcessQueue implements ScoringQueue {
  readonly deadLetters: { request: ScoringRequest; error: string }[] = [];
  private readonly pending = new Set<Promise<void>>();
  private handler?: ScoringHandler;

  constructor(private readonly opts: { maxAttempts?: number; backoffMs?: number; onError?: (error: unknown, request: ScoringRequest) => void } = {}) {}

  /** Connects the consumer; separate from construction because the handler needs the app's repositories. */
  attach(handler: ScoringHandler): void {
    this.handler = handler;
  }

  async enqueue(request: ScoringRequest): Promise<void> {
    const handler = this.handler;
    if (!handler) throw new Error('No scoring handler attached to the local queue');
    const run = this.deliver(handler, request).finally(() => this.pending.delete(run));
    this.pending.add(run);
  }

  /** Resolves once every queued request has been handled (tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  private async deliver(handler: ScoringHandler, request: ScoringRequest): Promise<void> {
    const maxAttempts = this.opts.maxAttempts ?? 3;
    await new Promise((resolve) => setImmediate(resolve));
    for (let attempt = 1; ; attempt++) {
      try {
        await handler(request);
        return;
      } catch (error) {
        this.opts.onError?.(error, request);
        if (attempt >= maxAttempts) {
          this.deadLetters.push({ request, error: String(error) });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, (this.opts.backoffMs ?? 50) * 2 ** (attempt - 1)));
      }
    }
  }
}
