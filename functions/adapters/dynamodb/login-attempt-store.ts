import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AlreadyExistsError, VersionConflictError } from '../../domain/errors.js';
import type { LoginAttempts, LoginAttemptStore } from '../../domain/ports/login-attempt-store.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';
import { TTL_ATTRIBUTE } from './table-definition.js';

/**
 * Sign-in attempt counters in the single table (ACCESS-PATTERNS.md: L1–L2), one item per account
 * name, known or not, so every API instance counts the same attempts. `ttl` lets DynamoDB delete
 * stale counters; the throttle does not rely on it (it ignores a record past `expiresAt`).
 */
export class DynamoLoginAttemptStore implements LoginAttemptStore {
  private readonly store: ItemStore<LoginAttempts>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Login attempts');
  }

  get(account: string): Promise<LoginAttempts | undefined> {
    const { pk, sk } = keys.loginAttempts(account);
    return this.store.get(pk, sk);
  }

  async put(next: LoginAttempts, expectedVersion: number): Promise<boolean> {
    const extra = { [TTL_ATTRIBUTE]: Math.ceil(Date.parse(next.expiresAt) / 1000) };
    try {
      if (expectedVersion === 0) await this.store.create(keys.loginAttempts(next.account), next.account, next.version, next, extra);
      else await this.store.replace(keys.loginAttempts(next.account), next.account, expectedVersion, next.version, next, extra);
      return true;
    } catch (error) {
      if (error instanceof AlreadyExistsError || error instanceof VersionConflictError) return false;
      throw error;
    }
  }
}
