import type { LoginAttempts, LoginAttemptStore } from '../../domain/ports/login-attempt-store.js';

/** Attempt counters in a map, with the same conditional-write contract as the DynamoDB store (unit tests). */
export class InMemoryLoginAttemptStore implements LoginAttemptStore {
  private readonly items = new Map<string, LoginAttempts>();

  async get(account: string): Promise<LoginAttempts | undefined> {
    const item = this.items.get(account);
    return item && { ...item };
  }

  async put(next: LoginAttempts, expectedVersion: number): Promise<boolean> {
    if ((this.items.get(next.account)?.version ?? 0) !== expectedVersion) return false;
    this.items.set(next.account, { ...next });
    return true;
  }
}
