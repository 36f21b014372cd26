import type { Region } from '../../domain/model/region.js';
import type { RegionRepository } from '../../domain/ports/repositories.js';
import { keys } from '../dynamodb/keys.js';
import { InMemoryRecords, sortByKey } from './in-memory-records.js';

/** Regions in a map, listed in the order of their DynamoDB index (R2: by id). */
export class InMemoryRegionRepository implements RegionRepository {
  private readonly records = new InMemoryRecords<Region>('Region');

  async create(item: Region): Promise<void> {
    this.records.create(item.id, item.id, item.version, item);
  }

  async get(id: string): Promise<Region | undefined> {
    return this.records.get(id);
  }

  async list(): Promise<Region[]> {
    return sortByKey(this.records.all(), (r) => keys.region(r.id).gsi1sk);
  }

  async replace(next: Region, expectedVersion: number): Promise<void> {
    this.records.replace(next.id, next.id, expectedVersion, next.version, next);
  }
}
