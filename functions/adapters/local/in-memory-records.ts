import { AlreadyExistsError, DomainError, VersionConflictError } from '../../domain/errors.js';

/** DynamoDB's item size limit (400 KB), which the DynamoDB adapters turn into `payload-too-large`. */
const MAX_ITEM_BYTES = 400 * 1024;

interface Stored {
  version: number;
  json: string;
}

/**
 * Sorts by a key string in the order DynamoDB sorts string keys: by UTF-8 bytes, which differs
 * from JavaScript's UTF-16 order for characters beyond the Basic Multilingual Plane.
 */
export function sortByKey<T>(items: T[], keyOf: (item: T) => string, descending = false): T[] {
  const keyed = items.map((item) => ({ item, key: Buffer.from(keyOf(item), 'utf8') }));
  keyed.sort((a, b) => (descending ? -1 : 1) * Buffer.compare(a.key, b.key));
  return keyed.map((k) => k.item);
}

/**
 * Versioned records in a map, with the DynamoDB item store's contract (`dynamodb/item-store.ts`):
 * create-if-absent (`AlreadyExistsError`), replace only while the stored version is the expected
 * one (`VersionConflictError`), nothing written when either fails, and values kept as JSON so a
 * read returns a fresh copy with `undefined` dropped, exactly as a round trip through the table does.
 */
export class InMemoryRecords<T> {
  private readonly items = new Map<string, Stored>();

  /** `what` names the entity in error messages, as the DynamoDB adapter does. */
  constructor(private readonly what: string) {}

  /** Writes a new record under `key`; `AlreadyExistsError` (naming `id`) when the key is taken. */
  create(key: string, id: string, version: number, value: T): void {
    const json = this.encode(value);
    if (this.items.has(key)) throw new AlreadyExistsError(this.what, id);
    this.items.set(key, { version, json });
  }

  /** Replaces the record under `key` only while its stored version is `expectedVersion`. */
  replace(key: string, id: string, expectedVersion: number, nextVersion: number, value: T): void {
    const json = this.encode(value);
    if (this.items.get(key)?.version !== expectedVersion) throw new VersionConflictError(this.what, id, expectedVersion);
    this.items.set(key, { version: nextVersion, json });
  }

  get(key: string): T | undefined {
    const stored = this.items.get(key);
    return stored && (JSON.parse(stored.json) as T);
  }

  /** Every record, fresh copies, in no particular order (callers sort as their index would). */
  all(): T[] {
    return [...this.items.values()].map((s) => JSON.parse(s.json) as T);
  }

  /** Refuses an item the table would refuse as too large (keys and small attributes aside). */
  private encode(value: T): string {
    const json = JSON.stringify(value);
    if (Buffer.byteLength(json, 'utf8') > MAX_ITEM_BYTES) {
      throw new DomainError('payload-too-large', `The ${this.what.toLowerCase()} is larger than one stored item may be (400 KB)`);
    }
    return json;
  }
}
