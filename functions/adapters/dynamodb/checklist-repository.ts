import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ChecklistRecord, ChecklistSummary } from '../../domain/model/checklist-record.js';
import type { ChecklistRepository } from '../../domain/ports/repositories.js';
import { ItemStore, keyFits } from './item-store.js';
import { keys } from './keys.js';
import { GSI5 } from './table-definition.js';

type StoredChecklist = Omit<ChecklistRecord, 'definition'>;

const summaryOf = ({ audit: _audit, ...summary }: StoredChecklist): ChecklistSummary => summary;

/**
 * Checklist versions (ACCESS-PATTERNS.md: C1–C3). The definition sits in its own attribute so
 * lists, which project only `data`, never carry it.
 */
export class DynamoChecklistRepository implements ChecklistRepository {
  private readonly store: ItemStore<StoredChecklist>;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.store = new ItemStore(client, tableName, 'Checklist version');
  }

  publish(record: ChecklistRecord): Promise<void> {
    const { definition, ...stored } = record;
    return this.store.create(keys.checklist(record.id, record.version), `${record.id}@${record.version}`, record.itemVersion, stored, {
      definition: JSON.stringify(definition),
    });
  }

  async get(id: string, version: number): Promise<ChecklistRecord | undefined> {
    const k = keys.checklist(id, version);
    if (!keyFits(k.pk, k.sk)) return undefined;
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk: k.pk, sk: k.sk }, ConsistentRead: true }));
    if (!out.Item) return undefined;
    return { ...(JSON.parse(out.Item.data as string) as StoredChecklist), definition: JSON.parse(out.Item.definition as string) };
  }

  async listVersions(id: string): Promise<ChecklistSummary[]> {
    return (await this.store.query('table', `CHECKLIST#${id}`, 'V#', true)).map(summaryOf);
  }

  async listAll(): Promise<ChecklistSummary[]> {
    return (await this.store.query(GSI5, 'CHECKLISTS')).map(summaryOf);
  }

  replace(next: ChecklistRecord, expectedItemVersion: number): Promise<void> {
    const { definition, ...stored } = next;
    return this.store.replace(keys.checklist(next.id, next.version), `${next.id}@${next.version}`, expectedItemVersion, next.itemVersion, stored, {
      definition: JSON.stringify(definition),
    });
  }
}
