import type { ChecklistRecord, ChecklistSummary } from '../../domain/model/checklist-record.js';
import type { ChecklistRepository } from '../../domain/ports/repositories.js';
import { keys } from '../dynamodb/keys.js';
import { InMemoryRecords, sortByKey } from './in-memory-records.js';

const keyOf = (id: string, version: number) => JSON.stringify([id, version]);
const summaryOf = ({ definition: _definition, audit: _audit, ...summary }: ChecklistRecord): ChecklistSummary => summary;

/**
 * Checklist versions in a map. Lists carry summaries (no definition, no audit) in the order of
 * the DynamoDB patterns: C2 newest version first, C3 by id then version. Writes are conditional
 * on `itemVersion`, the record's own counter.
 */
export class InMemoryChecklistRepository implements ChecklistRepository {
  private readonly records = new InMemoryRecords<ChecklistRecord>('Checklist version');

  async publish(record: ChecklistRecord): Promise<void> {
    this.records.create(keyOf(record.id, record.version), `${record.id}@${record.version}`, record.itemVersion, record);
  }

  async get(id: string, version: number): Promise<ChecklistRecord | undefined> {
    return this.records.get(keyOf(id, version));
  }

  async listVersions(id: string): Promise<ChecklistSummary[]> {
    const versions = this.records.all().filter((r) => r.id === id);
    return sortByKey(versions, (r) => keys.checklist(r.id, r.version).sk, true).map(summaryOf);
  }

  async listAll(): Promise<ChecklistSummary[]> {
    return sortByKey(this.records.all(), (r) => keys.checklist(r.id, r.version).gsi1sk).map(summaryOf);
  }

  async replace(next: ChecklistRecord, expectedItemVersion: number): Promise<void> {
    this.records.replace(keyOf(next.id, next.version), `${next.id}@${next.version}`, expectedItemVersion, next.itemVersion, next);
  }
}
