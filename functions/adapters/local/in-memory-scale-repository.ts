import type { StandardScaleRecord } from '../../domain/model/standard-scale-record.js';
import type { ScaleRepository } from '../../domain/ports/repositories.js';
import { keys } from '../dynamodb/keys.js';
import { InMemoryRecords, sortByKey } from './in-memory-records.js';

const keyOf = (id: string, version: number) => JSON.stringify([id, version]);

/** Standard scale versions in a map: written once, listed by id then version (K2). */
export class InMemoryScaleRepository implements ScaleRepository {
  private readonly records = new InMemoryRecords<StandardScaleRecord>('Standard scale');

  async publish(record: StandardScaleRecord): Promise<void> {
    this.records.create(keyOf(record.id, record.version), `${record.id}@${record.version}`, 1, record);
  }

  async get(id: string, version: number): Promise<StandardScaleRecord | undefined> {
    return this.records.get(keyOf(id, version));
  }

  async listAll(): Promise<StandardScaleRecord[]> {
    return sortByKey(this.records.all(), (r) => keys.scale(r.id, r.version).gsi1sk);
  }
}
