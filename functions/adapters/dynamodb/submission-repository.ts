import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Submission } from '../../domain/model/submission.js';
import type { SubmissionRepository } from '../../domain/ports/repositories.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';

const keysOf = (s: Submission) => keys.submission(s.id, s.roundId, s.institutionId, s.kind, s.createdAt);

/** Submissions in the single table (ACCESS-PATTERNS.md: S1–S4). */
export class DynamoSubmissionRepository implements SubmissionRepository {
  private readonly store: ItemStore<Submission>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Submission');
  }

  create(item: Submission): Promise<void> {
    return this.store.create(keysOf(item), item.id, item.version, item, { status: item.status });
  }

  get(id: string): Promise<Submission | undefined> {
    return this.store.get(`SUB#${id}`, 'SUB');
  }

  listByRound(roundId: string): Promise<Submission[]> {
    return this.store.query('gsi1', `ROUND#${roundId}`, 'SUB#');
  }

  listByInstitution(institutionId: string): Promise<Submission[]> {
    return this.store.query('gsi2', `INST#${institutionId}`, 'SUB#', true);
  }

  replace(next: Submission, expectedVersion: number): Promise<void> {
    return this.store.replace(keysOf(next), next.id, expectedVersion, next.version, next, { status: next.status });
  }
}
