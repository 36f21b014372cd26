import type { Institution } from '../../domain/model/institution.js';
import type { InstitutionRepository } from '../../domain/ports/repositories.js';
import { keys } from '../dynamodb/keys.js';
import { InMemoryRecords, sortByKey } from './in-memory-records.js';

/** Institutions in a map, listed in the order of their DynamoDB indexes (I2, I3: by id). */
export class InMemoryInstitutionRepository implements InstitutionRepository {
  private readonly records = new InMemoryRecords<Institution>('Institution');

  async create(item: Institution): Promise<void> {
    this.records.create(item.id, item.id, item.version, item);
  }

  async get(id: string): Promise<Institution | undefined> {
    return this.records.get(id);
  }

  async list(): Promise<Institution[]> {
    return sortByKey(this.records.all(), (i) => keys.institution(i.id, i.regionId).gsi1sk);
  }

  async listByRegion(regionId: string): Promise<Institution[]> {
    const inRegion = this.records.all().filter((i) => i.regionId === regionId);
    return sortByKey(inRegion, (i) => keys.institution(i.id, i.regionId).gsi2sk);
  }

  async replace(next: Institution, expectedVersion: number): Promise<void> {
    this.records.replace(next.id, next.id, expectedVersion, next.version, next);
  }
}
