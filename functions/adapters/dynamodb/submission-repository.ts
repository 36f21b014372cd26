import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { participantOf } from '../../domain/model/participant.js';
import { VersionConflictError } from '../../domain/errors.js';
import { digestOf, type SubmissionDigest } from '../../domain/model/submission-digest.js';
import type { Submission, SubmissionStatus } from '../../domain/model/submission.js';
import type { SubmissionRepository } from '../../domain/ports/repositories.js';
import { packDigest, unpackDigest } from './digest-codec.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';
import { RecentItems } from './recent-items.js';
import { GSI1, GSI4 } from './table-definition.js';

/**
 * How much submission JSON one process keeps as write hints (`peek`): 8 MB, so about 160
 * submissions of 50 KB; a Lambda with 512 MB has room, and a miss costs only one read.
 */
const RECENT_SUBMISSION_CHARS = 8 * 1024 * 1024;

/** Every Put rewrites the whole item, so a submission that is no longer `submitted` drops out of gsi3 by itself. */
const keysOf = (s: Submission) => ({
  ...keys.submission(s.id, s.roundId, participantOf(s), s.kind, s.createdAt),
  ...(s.status === 'submitted' ? keys.awaitingScore(s.submittedAt ?? s.updatedAt, s.id) : {}),
});

/** DynamoDB's answer to a query on an index the table does not have (a table older than gsi4). */
const isMissingIndex = (error: unknown) => {
  const e = error as { name?: string; message?: string } | null;
  return e?.name === 'ValidationException' && /specified index/i.test(e.message ?? '');
};

/** Side attributes of every Put: `status` for reading in the console, `digest` for S2d. */
const sideOf = (s: Submission) => ({ status: s.status, digest: packDigest(digestOf(s)) });

/** Submissions in the single table (ACCESS-PATTERNS.md: S1–S4, S2d, S6, S7). */
export class DynamoSubmissionRepository implements SubmissionRepository {
  private readonly store: ItemStore<Submission>;
  private readonly recent = new RecentItems(RECENT_SUBMISSION_CHARS);
  private digestIndex: typeof GSI1 | typeof GSI4 = GSI4;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Submission');
  }

  async create(item: Submission): Promise<void> {
    this.recent.remember(item.id, item.version, await this.store.createJson(keysOf(item), item.id, item.version, item, sideOf(item)));
  }

  async get(id: string): Promise<Submission | undefined> {
    const entry = await this.store.getEntry(`SUB#${id}`, 'SUB');
    if (entry) this.recent.remember(id, entry.version, entry.json);
    return entry?.value;
  }

  /** A fresh copy of what this process last read or wrote, when that was `version`. */
  peek(id: string, version: number): Submission | undefined {
    const hit = this.recent.get(id);
    return hit?.version === version ? (JSON.parse(hit.json) as Submission) : undefined;
  }

  listByRound(roundId: string): Promise<Submission[]> {
    return this.store.query('gsi1', `ROUND#${roundId}`, 'SUB#');
  }

  /**
   * S2d: the same partition as S2, on gsi4, which holds gsi1's keys and the `digest` attribute
   * only, so neither DynamoDB nor dynalite reads (or pages by) each submission's `data`. A table
   * created before gsi4 existed is asked on gsi1, projecting `digest` (slower: every item is read
   * whole). An item written before digests were kept has none; it is read whole (S1) instead,
   * once, until its next write.
   */
  async listDigestsByRound(roundId: string): Promise<SubmissionDigest[]> {
    const items = await this.digestItems(`ROUND#${roundId}`);
    return Promise.all(
      items.map(async (item) => {
        if (typeof item.digest === 'string') return unpackDigest(item.digest);
        const whole = await this.store.get(item.pk as string, 'SUB');
        if (!whole) throw new Error(`Submission ${String(item.pk)} left the table while its round was read`);
        return digestOf(whole);
      }),
    );
  }

  /** The digest index until the table says it has none (then gsi1, for the rest of this process). */
  private async digestItems(pk: string): Promise<Record<string, unknown>[]> {
    if (this.digestIndex === GSI4) {
      try {
        return await this.store.queryAttributes(GSI4, pk, 'SUB#', ['digest', 'pk']);
      } catch (error) {
        if (!isMissingIndex(error)) throw error;
        this.digestIndex = GSI1;
      }
    }
    return this.store.queryAttributes(GSI1, pk, 'SUB#', ['digest', 'pk']);
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

  async replace(next: Submission, expectedVersion: number, fromStatus?: readonly SubmissionStatus[]): Promise<void> {
    try {
      this.recent.remember(next.id, next.version, await this.store.replaceJson(keysOf(next), next.id, expectedVersion, next.version, next, sideOf(next), fromStatus));
    } catch (error) {
      // What is stored now is unknown to this process: the next save reads it.
      if (error instanceof VersionConflictError) this.recent.forget(next.id);
      throw error;
    }
  }
}
