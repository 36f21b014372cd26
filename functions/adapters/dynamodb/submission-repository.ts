import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { participantOf } from '../../domain/model/participant.js';
import { VersionConflictError } from '../../domain/errors.js';
import { digestOf, type SubmissionDigest } from '../../domain/model/submission-digest.js';
import type { Submission, SubmissionStatus } from '../../domain/model/submission.js';
import type { SubmissionRepository } from '../../domain/ports/repositories.js';
import { rememberStoredJson } from '../../domain/ports/stored-json.js';
import { packDigest, unpackDigest } from './digest-codec.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';
import { RecentItems } from './recent-items.js';
import { GSI5, GSI6, GSI7, SUBMISSION_BODY } from './table-definition.js';

/**
 * How much submission JSON one process keeps as write hints (`peek`): 8 MB, so about 160
 * submissions of 50 KB; a Lambda with 512 MB has room, and a miss costs only one read.
 */
const RECENT_SUBMISSION_CHARS = 8 * 1024 * 1024;

/** Every Put rewrites the whole item, so a submission that is no longer `submitted` drops out of gsi7 (its `gsi3pk`) by itself. */
const keysOf = (s: Submission) => ({
  ...keys.submission(s.id, s.roundId, participantOf(s), s.kind, s.createdAt),
  ...(s.status === 'submitted' ? keys.awaitingScore(s.submittedAt ?? s.updatedAt, s.id) : {}),
});

/** Side attributes of every Put: `status` for reading in the console, `digest` for S2d. */
const sideOf = (s: Submission) => ({ status: s.status, digest: packDigest(digestOf(s)) });

/** Submissions in the single table (ACCESS-PATTERNS.md: S1–S4, S2d, S6, S7). */
export class DynamoSubmissionRepository implements SubmissionRepository {
  private readonly store: ItemStore<Submission>;
  private readonly recent = new RecentItems(RECENT_SUBMISSION_CHARS);

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Submission', SUBMISSION_BODY);
  }

  async create(item: Submission): Promise<void> {
    const json = await this.store.createJson(keysOf(item), item.id, item.version, item, sideOf(item));
    this.recent.remember(item.id, item.version, json);
    rememberStoredJson(item, json);
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

  /** S2: the round's keys from gsi5 (which holds no answers), the whole submissions by key. */
  listByRound(roundId: string): Promise<Submission[]> {
    return this.store.queryWhole(GSI5, `ROUND#${roundId}`, { prefix: 'SUB#' });
  }

  /**
   * S2d: the same partition as S2, projecting `digest` only, so neither DynamoDB nor dynalite
   * reads (or pages by) each submission's JSON. An item written before digests were kept has
   * none; it is read whole (S1) instead, once, until its next write.
   */
  async listDigestsByRound(roundId: string): Promise<SubmissionDigest[]> {
    const items = await this.store.queryAttributes(GSI5, `ROUND#${roundId}`, 'SUB#', ['digest', 'pk']);
    return Promise.all(
      items.map(async (item) => {
        if (typeof item.digest === 'string') return unpackDigest(item.digest);
        const whole = await this.store.get(item.pk as string, 'SUB');
        if (!whole) throw new Error(`Submission ${String(item.pk)} left the table while its round was read`);
        return digestOf(whole);
      }),
    );
  }

  /** S3: an institution's submissions, newest first (keys from gsi6, items by key). */
  listByInstitution(institutionId: string): Promise<Submission[]> {
    return this.store.queryWhole(GSI6, `INST#${institutionId}`, { prefix: 'SUB#' }, true);
  }

  /** S7: a region's own submissions (region-subject rounds), newest first. */
  listByRegion(regionId: string): Promise<Submission[]> {
    return this.store.queryWhole(GSI6, `REGION#${regionId}`, { prefix: 'SUB#' }, true);
  }

  /**
   * S6: `submitted` submissions submitted at or before `cutoff` (ISO time), oldest first. The
   * index is eventually consistent and holds keys only; the items read by key are current, so
   * one scored since the index was read is left out.
   */
  async listSubmittedBefore(cutoff: string): Promise<Submission[]> {
    // Sort keys are `<submittedAt>#<id>` with ASCII ids: this bound sorts after every id at `cutoff`.
    const items = await this.store.queryWhole(GSI7, 'SUBMITTED', { below: `${cutoff}#\uffff` });
    return items.filter((s) => s.status === 'submitted');
  }

  async replace(next: Submission, expectedVersion: number, fromStatus?: readonly SubmissionStatus[]): Promise<void> {
    try {
      const json = await this.store.replaceJson(keysOf(next), next.id, expectedVersion, next.version, next, sideOf(next), fromStatus);
      this.recent.remember(next.id, next.version, json);
      // The route answering with `next` sends this text rather than serialising it again.
      rememberStoredJson(next, json);
    } catch (error) {
      // What is stored now is unknown to this process: the next save reads it.
      if (error instanceof VersionConflictError) this.recent.forget(next.id);
      throw error;
    }
  }
}
