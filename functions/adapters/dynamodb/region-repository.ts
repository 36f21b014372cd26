import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Region } from '../../domain/model/region.js';
import type { RegionRepository } from '../../domain/ports/repositories.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';
import { GSI5 } from './table-definition.js';

/** Regions in the single table (ACCESS-PATTERNS.md: R1–R2). */
export class DynamoRegionRepository implements RegionRepository {
  private readonly store: ItemStore<Region>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Region');
  }

  create(item: Region): Promise<void> {
    return this.store.create(keys.region(item.id), item.id, item.version, item);
  }

  get(id: string): Promise<Region | undefined> {
    const k = keys.region(id);
    return this.store.get(k.pk, k.sk);
  }

  list(): Promise<Region[]> {
    return this.store.query(GSI5, 'REGIONS');
  }

  replace(next: Region, expectedVersion: number): Promise<void> {
    return this.store.replace(keys.region(next.id), next.id, expectedVersion, next.version, next);
  }
}
