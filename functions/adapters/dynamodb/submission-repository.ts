import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { participantOf } from '../../domain/model/participant.js';
import { digestOf, type SubmissionDigest } from '../../domain/model/submission-digest.js';
import type { Submission } from '../../domain/model/submission.js';
import type { SubmissionRepository } from '../../domain/ports/repositories.js';
import { packDigest, unpackDigest } from './digest-codec.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';

/** Every Put rewrites the whole item, so a submission that is no longer `submitted` drops out of gsi3 by itself. */
const keysOf = (s: Submission) => ({
  ...keys.submission(s.id, s.roundId, participantOf(s), s.kind, s.createdAt),
  ...(s.status === 'submitted' ? keys.awaitingScore(s.submittedAt ?? s.updatedAt, s.id) : {}),
});

/** Side attributes of every Put: `status` for reading in the console, `digest` for S2d. */
const sideOf = (s: Submission) => ({ status: s.status, digest: packDigest(digestOf(s)) });

/** Submissions in the single table (ACCESS-PATTERNS.md: S1–S4, S2d, S6, S7). */
export class DynamoSubmissionRepository implements SubmissionRepository {
  private readonly store: ItemStore<Submission>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Submission');
  }

  create(item: Submission): Promise<void> {
    return this.store.create(keysOf(item), item.id, item.version, item, sideOf(item));
  }

  get(id: string): Promise<Submission | undefined> {
    return this.store.get(`SUB#${id}`, 'SUB');
  }

  listByRound(roundId: string): Promise<Submission[]> {
    return this.store.query('gsi1', `ROUND#${roundId}`, 'SUB#');
  }

  /**
   * S2d: the same partition as S2, projecting the `digest` attribute only. An item written before
   * digests were kept has none; it is read whole (S1) instead, once, until its next write.
   */
  async listDigestsByRound(roundId: string): Promise<SubmissionDigest[]> {
    const items = await this.store.queryAttributes('gsi1', `ROUND#${roundId}`, 'SUB#', ['digest', 'pk']);
    return Promise.all(
      items.map(async (item) => {
        if (typeof item.digest === 'string') return unpackDigest(item.digest);
        const whole = await this.store.get(item.pk as string, 'SUB');
        if (!whole) throw new Error(`Submission ${String(item.pk)} left the table while its round was read`);
        return digestOf(whole);
      }),
    );
  }

  listByInstitution(institutionId: string): Promise<Submission[]> {
    return this.store.query('gsi2', `INST#${institutionId}`, 'SUB#', true);
  }

  /** S7: a region's own submissions (region-subject rounds), newest first. */
  listByRegion(regionId: string): Promise<Submission[]> {
    return this.store.query('gsi2', `REGION#${regionId}`, 'SUB#', true);
  }

  /** S6: `submitted` submissions submitted at or before `cutoff` (ISO time), oldest first; the index is eventually consistent. */
  listSubmittedBefore(cutoff: string): Promise<Submission[]> {
    // Sort keys are `<submittedAt>#<id>` with ASCII ids: this bound sorts after every id at `cutoff`.
    return this.store.queryBelow('gsi3', 'SUBMITTED', `${cutoff}#\uffff`);
  }

  replace(next: Submission, expectedVersion: number): Promise<void> {
    return this.store.replace(keysOf(next), next.id, expectedVersion, next.version, next, sideOf(next));
  }
}
