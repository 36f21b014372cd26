import type { EvaluationRound } from '../../domain/model/round.js';
import type { RoundRepository } from '../../domain/ports/repositories.js';
import { keys } from '../dynamodb/keys.js';
import { InMemoryRecords, sortByKey } from './in-memory-records.js';

/** Evaluation rounds in a map, listed as DynamoDB's index lists them (O2: newest year first). */
export class InMemoryRoundRepository implements RoundRepository {
  private readonly records = new InMemoryRecords<EvaluationRound>('Round');

  async create(item: EvaluationRound): Promise<void> {
    this.records.create(item.id, item.id, item.version, item);
  }

  async get(id: string): Promise<EvaluationRound | undefined> {
    return this.records.get(id);
  }

  /** Never stale here: one process holds the map. */
  async getRecent(id: string): Promise<EvaluationRound | undefined> {
    return this.records.get(id);
  }

  async list(): Promise<EvaluationRound[]> {
    return sortByKey(this.records.all(), (r) => keys.round(r.id, r.year).gsi1sk, true);
  }

  async replace(next: EvaluationRound, expectedVersion: number): Promise<void> {
    this.records.replace(next.id, next.id, expectedVersion, next.version, next);
  }
}
