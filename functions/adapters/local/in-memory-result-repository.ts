import { AlreadyExistsError } from '../../domain/errors.js';
import type { ResultRepository } from '../../domain/ports/repositories.js';
import type { ScoreResult } from '../../scoring/result-types.js';
import { InMemoryRecords } from './in-memory-records.js';

const keyOf = (submissionId: string, resultKey: string) => JSON.stringify([submissionId, resultKey]);

/** Immutable score results in a map: the first write of a key wins, later ones write nothing. */
export class InMemoryResultRepository implements ResultRepository {
  private readonly records = new InMemoryRecords<ScoreResult>('Result');

  async putIfAbsent(submissionId: string, resultKey: string, result: ScoreResult): Promise<boolean> {
    try {
      this.records.create(keyOf(submissionId, resultKey), resultKey, 1, result);
      return true;
    } catch (error) {
      if (error instanceof AlreadyExistsError) return false;
      throw error;
    }
  }

  async get(submissionId: string, resultKey: string): Promise<ScoreResult | undefined> {
    return this.records.get(keyOf(submissionId, resultKey));
  }
}
