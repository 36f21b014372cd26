import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { User } from '../../domain/model/user.js';
import type { UserDirectory } from '../../domain/ports/user-directory.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';
import { GSI5 } from './table-definition.js';

/** Users of the built-in directory in the single table (ACCESS-PATTERNS.md: U1–U3). */
export class DynamoUserDirectory implements UserDirectory {
  private readonly store: ItemStore<User>;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'User');
  }

  create(user: User): Promise<void> {
    return this.store.create(keys.user(user.username), user.username, user.version, user);
  }

  get(username: string): Promise<User | undefined> {
    const k = keys.user(username);
    return this.store.get(k.pk, k.sk);
  }

  list(): Promise<User[]> {
    return this.store.query(GSI5, 'USERS');
  }

  replace(next: User, expectedVersion: number): Promise<void> {
    return this.store.replace(keys.user(next.username), next.username, expectedVersion, next.version, next);
  }
}
