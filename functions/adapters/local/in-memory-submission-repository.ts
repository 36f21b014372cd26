import { participantOf } from '../../domain/model/participant.js';
import { VersionConflictError } from '../../domain/errors.js';
import { digestOf, type SubmissionDigest } from '../../domain/model/submission-digest.js';
import type { Submission, SubmissionStatus } from '../../domain/model/submission.js';
import type { SubmissionRepository } from '../../domain/ports/repositories.js';
import { keys } from '../dynamodb/keys.js';
import { InMemoryRecords, sortByKey } from './in-memory-records.js';

const indexKeys = (s: Submission) => keys.submission(s.id, s.roundId, participantOf(s), s.kind, s.createdAt);
const awaitingKey = (s: Submission) => keys.awaitingScore(s.submittedAt ?? s.updatedAt, s.id).gsi3sk;

/**
 * Submissions in a map, listed as the DynamoDB indexes list them (S2: by institution, kind and
 * id; S3: newest first; S6: oldest submitted first). Unlike the index, S6 here is never stale.
 */
export class InMemorySubmissionRepository implements SubmissionRepository {
  private readonly records = new InMemoryRecords<Submission>('Submission');

  async create(item: Submission): Promise<void> {
    this.records.create(item.id, item.id, item.version, item);
  }

  async get(id: string): Promise<Submission | undefined> {
    return this.records.get(id);
  }

  async listByRound(roundId: string): Promise<Submission[]> {
    return sortByKey(this.records.all().filter((s) => s.roundId === roundId), (s) => indexKeys(s).gsi1sk);
  }

  async listDigestsByRound(roundId: string): Promise<SubmissionDigest[]> {
    return (await this.listByRound(roundId)).map(digestOf);
  }

  async listByInstitution(institutionId: string): Promise<Submission[]> {
    return sortByKey(this.records.all().filter((s) => s.regionId === undefined && s.institutionId === institutionId), (s) => indexKeys(s).gsi2sk, true);
  }

  async listByRegion(regionId: string): Promise<Submission[]> {
    return sortByKey(this.records.all().filter((s) => s.regionId === regionId), (s) => indexKeys(s).gsi2sk, true);
  }

  async listSubmittedBefore(cutoff: string): Promise<Submission[]> {
    // The same bound as the DynamoDB query: every id submitted at `cutoff` sorts below it.
    const below = Buffer.from(`${cutoff}#\uffff`, 'utf8');
    const waiting = this.records.all().filter((s) => s.status === 'submitted' && Buffer.compare(Buffer.from(awaitingKey(s), 'utf8'), below) < 0);
    return sortByKey(waiting, awaitingKey);
  }

  /** Always current here (one process holds the map): the stored submission when it is at `version`. */
  peek(id: string, version: number): Submission | undefined {
    const stored = this.records.get(id);
    return stored?.version === version ? stored : undefined;
  }

  async replace(next: Submission, expectedVersion: number, fromStatus?: readonly SubmissionStatus[]): Promise<void> {
    const stored = fromStatus && this.records.get(next.id);
    // The same answer as DynamoDB's failed condition, which does not say which part failed.
    if (stored && !fromStatus.includes(stored.status)) throw new VersionConflictError('Submission', next.id, expectedVersion);
    this.records.replace(next.id, next.id, expectedVersion, next.version, next);
  }
}
