import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AlreadyExistsError } from '../../domain/errors.js';
import type { ResultRepository } from '../../domain/ports/repositories.js';
import type { ScoreResult } from '../../scoring/result-types.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';

/** Immutable score results beside their submission (ACCESS-PATTERNS.md: S5). */
export class DynamoResultRepository implements ResultRepository {
  private readonly store: ItemStore<ScoreResult>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Result');
  }

  async putIfAbsent(submissionId: string, resultKey: string, result: ScoreResult): Promise<boolean> {
    try {
      await this.store.create(keys.result(submissionId, resultKey), resultKey, 1, result);
      return true;
    } catch (error) {
      if (error instanceof AlreadyExistsError) return false;
      throw error;
    }
  }

  get(submissionId: string, resultKey: string): Promise<ScoreResult | undefined> {
    const k = keys.result(submissionId, resultKey);
    return this.store.get(k.pk, k.sk);
  }
}
