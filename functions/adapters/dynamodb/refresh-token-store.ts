import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RefreshFamily, RefreshTokenStore } from '../../domain/ports/refresh-token-store.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';
import { TTL_ATTRIBUTE } from './table-definition.js';

/**
 * Refresh-token families in the single table (ACCESS-PATTERNS.md: T1–T3), one item per sign-in.
 * `ttl` lets DynamoDB delete a family a day after it ends; the service checks `expiresAt` itself.
 */
export class DynamoRefreshTokenStore implements RefreshTokenStore {
  private readonly store: ItemStore<RefreshFamily>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Refresh token');
  }

  private ttl(family: RefreshFamily) {
    return { [TTL_ATTRIBUTE]: Math.ceil(Date.parse(family.expiresAt) / 1000) + 24 * 3600 };
  }

  create(family: RefreshFamily): Promise<void> {
    return this.store.create(keys.refreshFamily(family.id), family.id, family.version, family, this.ttl(family));
  }

  get(id: string): Promise<RefreshFamily | undefined> {
    const k = keys.refreshFamily(id);
    return this.store.get(k.pk, k.sk);
  }

  replace(next: RefreshFamily, expectedVersion: number): Promise<void> {
    return this.store.replace(keys.refreshFamily(next.id), next.id, expectedVersion, next.version, next, this.ttl(next));
  }
}
