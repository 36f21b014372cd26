import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StandardScaleRecord } from '../../domain/model/standard-scale-record.js';
import type { ScaleRepository } from '../../domain/ports/repositories.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';
import { GSI5 } from './table-definition.js';

/** Standard scale versions (ACCESS-PATTERNS.md: K1–K2): written once, never replaced. */
export class DynamoScaleRepository implements ScaleRepository {
  private readonly store: ItemStore<StandardScaleRecord>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Standard scale');
  }

  publish(record: StandardScaleRecord): Promise<void> {
    return this.store.create(keys.scale(record.id, record.version), `${record.id}@${record.version}`, 1, record);
  }

  get(id: string, version: number): Promise<StandardScaleRecord | undefined> {
    const k = keys.scale(id, version);
    return this.store.get(k.pk, k.sk);
  }

  listAll(): Promise<StandardScaleRecord[]> {
    return this.store.query(GSI5, 'SCALES');
  }
}
