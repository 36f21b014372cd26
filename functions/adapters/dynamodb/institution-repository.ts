import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Institution } from '../../domain/model/institution.js';
import type { InstitutionRepository } from '../../domain/ports/repositories.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';
import { GSI5, GSI6 } from './table-definition.js';

/** Institutions in the single table (ACCESS-PATTERNS.md: I1–I3). */
export class DynamoInstitutionRepository implements InstitutionRepository {
  private readonly store: ItemStore<Institution>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Institution');
  }

  create(item: Institution): Promise<void> {
    return this.store.create(keys.institution(item.id, item.regionId), item.id, item.version, item);
  }

  get(id: string): Promise<Institution | undefined> {
    return this.store.get(`INST#${id}`, 'INST');
  }

  list(): Promise<Institution[]> {
    return this.store.query(GSI5, 'INSTITUTIONS');
  }

  listByRegion(regionId: string): Promise<Institution[]> {
    return this.store.query(GSI6, `REGION#${regionId}`, 'INST#');
  }

  replace(next: Institution, expectedVersion: number): Promise<void> {
    return this.store.replace(keys.institution(next.id, next.regionId), next.id, expectedVersion, next.version, next);
  }
}
