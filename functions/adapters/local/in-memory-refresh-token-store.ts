import type { RefreshFamily, RefreshTokenStore } from '../../domain/ports/refresh-token-store.js';
import { InMemoryRecords } from './in-memory-records.js';

/** Refresh-token families in a map, with the DynamoDB store's conditional-write contract. */
export class InMemoryRefreshTokenStore implements RefreshTokenStore {
  private readonly records = new InMemoryRecords<RefreshFamily>('Refresh token');

  async create(family: RefreshFamily): Promise<void> {
    this.records.create(family.id, family.id, family.version, family);
  }

  async get(id: string): Promise<RefreshFamily | undefined> {
    return this.records.get(id);
  }

  async replace(next: RefreshFamily, expectedVersion: number): Promise<void> {
    this.records.replace(next.id, next.id, expectedVersion, next.version, next);
  }
}
