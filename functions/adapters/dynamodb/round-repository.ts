import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EvaluationRound } from '../../domain/model/round.js';
import type { RoundRepository } from '../../domain/ports/repositories.js';
import { ItemStore } from './item-store.js';
import { keys } from './keys.js';
import { RecentItems } from './recent-items.js';
import { GSI5 } from './table-definition.js';

/** Rounds this process keeps for `getRecent` (JSON characters; a round of 10,000 institutions is about 200 KB). */
const RECENT_ROUND_CHARS = 4 * 1024 * 1024;

/** Evaluation rounds in the single table (ACCESS-PATTERNS.md: O1–O2). */
export class DynamoRoundRepository implements RoundRepository {
  private readonly store: ItemStore<EvaluationRound>;
  private readonly recent = new RecentItems(RECENT_ROUND_CHARS);
  /** Parsed once per version seen: hot paths only read a round, so they share one frozen copy. */
  private readonly parsed = new WeakMap<object, EvaluationRound>();

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.store = new ItemStore(client, tableName, 'Round');
  }

  async create(item: EvaluationRound): Promise<void> {
    this.recent.remember(item.id, item.version, await this.store.createJson(keys.round(item.id, item.year), item.id, item.version, item));
  }

  async get(id: string): Promise<EvaluationRound | undefined> {
    const entry = await this.store.getEntry(`ROUND#${id}`, 'ROUND');
    if (entry) this.recent.remember(id, entry.version, entry.json);
    return entry?.value;
  }

  /** The round as last read or written here if within `maxAgeMs` (frozen: callers only read it), else a fresh read. */
  async getRecent(id: string, maxAgeMs: number): Promise<EvaluationRound | undefined> {
    const hit = this.recent.get(id);
    if (!hit || Date.now() - hit.seenAt > maxAgeMs) return this.get(id);
    let round = this.parsed.get(hit);
    if (!round) {
      round = deepFreeze(JSON.parse(hit.json) as EvaluationRound);
      this.parsed.set(hit, round);
    }
    return round;
  }

  /** Newest year first. */
  list(): Promise<EvaluationRound[]> {
    return this.store.query(GSI5, 'ROUNDS', undefined, true);
  }

  async replace(next: EvaluationRound, expectedVersion: number): Promise<void> {
    try {
      this.recent.remember(next.id, next.version, await this.store.replaceJson(keys.round(next.id, next.year), next.id, expectedVersion, next.version, next));
    } catch (error) {
      this.recent.forget(next.id);
      throw error;
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
