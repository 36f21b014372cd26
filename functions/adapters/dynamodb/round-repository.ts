import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EvaluationRound } from '../../domain/model/round.js';
import type { RoundRepository } from '../../domain/ports/repositories.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';

/** Evaluation rounds in the single table (ACCESS-PATTERNS.md: O1–O2). */
export class DynamoRoundRepository implements RoundRepository {
  private readonly store: ItemStore<EvaluationRound>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Round');
  }

  create(item: EvaluationRound): Promise<void> {
    return this.store.create(keys.round(item.id, item.year), item.id, item.version, item);
  }

  get(id: string): Promise<EvaluationRound | undefined> {
    return this.store.get(`ROUND#${id}`, 'ROUND');
  }

  /** Newest year first. */
  list(): Promise<EvaluationRound[]> {
    return this.store.query('gsi1', 'ROUNDS', undefined, true);
  }

  replace(next: EvaluationRound, expectedVersion: number): Promise<void> {
    return this.store.replace(keys.round(next.id, next.year), next.id, expectedVersion, next.version, next);
  }
}
