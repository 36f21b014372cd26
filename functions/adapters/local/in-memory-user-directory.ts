import type { User } from '../../domain/model/user.js';
import type { UserDirectory } from '../../domain/ports/user-directory.js';
import { keys } from '../dynamodb/keys.js';
import { InMemoryRecords, sortByKey } from './in-memory-records.js';

/** Users in a map, listed in the order of their DynamoDB index (U2: by username). */
export class InMemoryUserDirectory implements UserDirectory {
  private readonly records = new InMemoryRecords<User>('User');

  async create(user: User): Promise<void> {
    this.records.create(user.username, user.username, user.version, user);
  }

  async get(username: string): Promise<User | undefined> {
    return this.records.get(username);
  }

  async list(): Promise<User[]> {
    return sortByKey(this.records.all(), (u) => keys.user(u.username).gsi1sk);
  }

  async replace(next: User, expectedVersion: number): Promise<void> {
    this.records.replace(next.username, next.username, expectedVersion, next.version, next);
  }
}
