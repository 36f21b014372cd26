import { PutCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { AlreadyExistsError, DomainError, VersionConflictError } from '../../domain/errors.js';
import { batchGet, type ItemKey } from './batch-get.js';
import { consistentGet } from './consistent-get.js';
import { INDEX_KEY_PREFIX, LEGACY_INDEX_OF, type GSI5, type GSI6, type IndexName } from './table-definition.js';

/** The key and index attributes of one item. */
export interface ItemKeys {
  pk: string;
  sk: string;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
  gsi3pk?: string;
  gsi3sk?: string;
}

/** True for the error DynamoDB raises when a condition expression fails. */
export function isConditionFailure(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}

/** DynamoDB's key size limits, in UTF-8 bytes (partition key 2048, sort key 1024). */
const MAX_PK_BYTES = 2048;
const MAX_SK_BYTES = 1024;

/**
 * False when DynamoDB could not even hold such a key. Ids come from URLs, and asking DynamoDB
 * for an oversized key is a ValidationException (a 500); no item can have that key, so reads
 * answer "not found" without asking.
 */
export function keyFits(pk: string, sk = ''): boolean {
  return Buffer.byteLength(pk, 'utf8') <= MAX_PK_BYTES && Buffer.byteLength(sk, 'utf8') <= MAX_SK_BYTES;
}

/** DynamoDB's 400 KB item limit surfaces as a ValidationException; to a client it is a too-large body. */
function tooLarge(error: unknown, what: string): DomainError | undefined {
  const e = error as { name?: string; message?: string } | null;
  if (e?.name === 'ValidationException' && /item size/i.test(e.message ?? '')) {
    return new DomainError('payload-too-large', `The ${what.toLowerCase()} is larger than one stored item may be (400 KB)`);
  }
  return undefined;
}

/**
 * DynamoDB's answer to a query on an index the table does not have, or has but is still
 * backfilling (a deploy that replaces an index, ACCESS-PATTERNS.md "Migrating the indexes").
 */
export function isUnreadableIndex(error: unknown): boolean {
  const e = error as { name?: string; message?: string } | null;
  return e?.name === 'ValidationException' && /specified index|backfilling/i.test(e.message ?? '');
}

/** The indexes that project `data`, so {@link ItemStore.query} reads a list from them alone. */
type IndexWithData = typeof GSI5 | typeof GSI6;

/** Where an index query starts, after the key condition. */
type Range = { prefix?: string; below?: string };

/**
 * Reads and writes entities stored as `keys + version + data`, where `data` is the entity's JSON
 * (a submission's is `body`, which the indexes do not project: see `table-definition.ts`).
 * Storing JSON as a string keeps user-authored documents (answers, definitions) exactly as sent:
 * DynamoDB maps would reject empty attribute names and reshape numbers.
 */
export class ItemStore<T> {
  /** Current indexes this process found missing or backfilling: asked on their legacy twin instead. */
  private readonly onLegacy = new Set<IndexName>();

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly what: string,
    private readonly dataAttribute: 'data' | 'body' = 'data',
  ) {}

  /** Writes a new item; `AlreadyExistsError` when the key is taken. */
  async create(keys: ItemKeys, id: string, version: number, value: T, extra: Record<string, unknown> = {}): Promise<void> {
    await this.createJson(keys, id, version, value, extra);
  }

  /** {@link create}, resolving to the JSON stored (for a cache of what was written). */
  async createJson(keys: ItemKeys, id: string, version: number, value: T, extra: Record<string, unknown> = {}): Promise<string> {
    const data = JSON.stringify(value);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys, ...extra, version, [this.dataAttribute]: data },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return data;
    } catch (error) {
      if (isConditionFailure(error)) throw new AlreadyExistsError(this.what, id);
      throw tooLarge(error, this.what) ?? error;
    }
  }

  /** Replaces an item only while its stored version is `expectedVersion`. */
  async replace(keys: ItemKeys, id: string, expectedVersion: number, nextVersion: number, value: T, extra: Record<string, unknown> = {}): Promise<void> {
    await this.replaceJson(keys, id, expectedVersion, nextVersion, value, extra);
  }

  /**
   * {@link replace}, also conditional (given `statusIn`) on the item's `status` attribute being
   * one of those; resolves to the JSON stored (for a cache of what was written).
   */
  async replaceJson(keys: ItemKeys, id: string, expectedVersion: number, nextVersion: number, value: T, extra: Record<string, unknown> = {}, statusIn?: readonly string[]): Promise<string> {
    const data = JSON.stringify(value);
    const statuses = Object.fromEntries((statusIn ?? []).map((s, i) => [`:status${i}`, s]));
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys, ...extra, version: nextVersion, [this.dataAttribute]: data },
          // No `attribute_exists(pk)`: a comparison with a missing attribute is false, so an absent
          // item already fails `#version = :expected`. Every write runs this expression, and a local
          // table (dynalite) parses it each time: the shorter one is ≈ 40% cheaper to parse (issue 13.2).
          ConditionExpression: `#version = :expected${statusIn?.length ? ` AND #status IN (${Object.keys(statuses).join(', ')})` : ''}`,
          ExpressionAttributeNames: { '#version': 'version', ...(statusIn?.length ? { '#status': 'status' } : {}) },
          ExpressionAttributeValues: { ':expected': expectedVersion, ...statuses },
        }),
      );
      return data;
    } catch (error) {
      if (isConditionFailure(error)) throw new VersionConflictError(this.what, id, expectedVersion);
      throw tooLarge(error, this.what) ?? error;
    }
  }

  /** A strongly consistent read by key. */
  async get(pk: string, sk: string): Promise<T | undefined> {
    return (await this.getEntry(pk, sk))?.value;
  }

  /**
   * A strongly consistent read by key, with the stored version and JSON (for a cache of what was
   * read); sent with the other reads by key started in the same turn (consistent-get.ts).
   */
  async getEntry(pk: string, sk: string): Promise<{ value: T; version: number; json: string } | undefined> {
    if (!keyFits(pk, sk)) return undefined;
    const item = await consistentGet(this.client, this.tableName, { pk, sk });
    if (!item) return undefined;
    const json = this.jsonOf(item);
    return { value: JSON.parse(json) as T, version: item.version as number, json };
  }

  /** Every page of one query on this table, concatenated (DynamoDB pages at 1 MB). */
  private async allPages(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(new QueryCommand({ ...input, TableName: this.tableName, ExclusiveStartKey: startKey }));
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /** The entity JSON of an item (one written before submissions moved to `body` has it in `data`). */
  private jsonOf(item: Record<string, unknown>): string {
    return (item[this.dataAttribute] ?? item.data) as string;
  }

  /**
   * Runs an index query on `index`, or on the legacy index with the same keys while `index` is
   * missing or backfilling (a table mid-migration); switches back when the legacy one is gone.
   */
  private async onIndex<R>(index: IndexName, run: (name: string) => Promise<R>): Promise<R> {
    const first = this.onLegacy.has(index) ? LEGACY_INDEX_OF[index] : index;
    try {
      return await run(first);
    } catch (error) {
      if (!isUnreadableIndex(error)) throw error;
      if (first === index) this.onLegacy.add(index);
      else this.onLegacy.delete(index);
      return run(first === index ? LEGACY_INDEX_OF[index] : index);
    }
  }

  /** The key condition of one index partition, optionally narrowed by a sort-key prefix or upper bound. */
  private static keyCondition(index: string, pk: string, range: Range): Pick<QueryCommandInput, 'KeyConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> {
    const prefix = index === 'table' ? '' : INDEX_KEY_PREFIX[index]!;
    const names = { '#pk': `${prefix}pk`, '#sk': `${prefix}sk` };
    if (range.prefix !== undefined) return { KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :sk)', ExpressionAttributeNames: names, ExpressionAttributeValues: { ':pk': pk, ':sk': range.prefix } };
    if (range.below !== undefined) return { KeyConditionExpression: '#pk = :pk AND #sk < :sk', ExpressionAttributeNames: names, ExpressionAttributeValues: { ':pk': pk, ':sk': range.below } };
    return { KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': names['#pk'] }, ExpressionAttributeValues: { ':pk': pk } };
  }

  /**
   * Every item under one partition key of the table or an index projecting `data`, following
   * pagination: the lists of small entities (regions, institutions, rounds, checklist records).
   */
  async query(index: 'table' | IndexWithData, pk: string, skPrefix?: string, newestFirst = false): Promise<T[]> {
    if (!keyFits(pk, skPrefix)) return [];
    const run = async (name: string) => {
      const condition = ItemStore.keyCondition(name, pk, { prefix: skPrefix });
      const items = await this.allPages({
        ...condition,
        IndexName: name === 'table' ? undefined : name,
        // Only `data`: large side attributes (a checklist's definition) stay out of lists.
        ProjectionExpression: '#data',
        ExpressionAttributeNames: { ...condition.ExpressionAttributeNames, '#data': 'data' },
        ScanIndexForward: !newestFirst,
      });
      return items.map((item) => JSON.parse(item.data as string) as T);
    };
    return index === 'table' ? run('table') : this.onIndex(index, run);
  }

  /**
   * The whole items under one index partition, in the index's order: the index gives their keys
   * (it does not hold them whole), then BatchGetItem reads them, 100 keys a request. An item
   * that left the table between the two reads is left out.
   */
  async queryWhole(index: IndexName, pk: string, range: Range, newestFirst = false): Promise<T[]> {
    if (!keyFits(pk, range.prefix ?? range.below)) return [];
    const keys = await this.onIndex(index, async (name) => {
      const condition = ItemStore.keyCondition(name, pk, range);
      const items = await this.allPages({ ...condition, IndexName: name, ProjectionExpression: 'pk, sk', ScanIndexForward: !newestFirst });
      return items as unknown as ItemKey[];
    });
    const items = await batchGet(this.client, this.tableName, keys);
    return items.map((item) => JSON.parse(this.jsonOf(item)) as T);
  }

  /**
   * Chosen attributes (never the entity JSON) of every item under one index partition,
   * following pagination: side attributes such as a submission's `digest`, read without its JSON.
   */
  async queryAttributes(index: IndexName, pk: string, skPrefix: string, attributes: string[]): Promise<Record<string, unknown>[]> {
    if (!keyFits(pk, skPrefix)) return [];
    const names = Object.fromEntries(attributes.map((a, i) => [`#a${i}`, a]));
    return this.onIndex(index, (name) => {
      const condition = ItemStore.keyCondition(name, pk, { prefix: skPrefix });
      return this.allPages({ ...condition, IndexName: name, ProjectionExpression: Object.keys(names).join(', '), ExpressionAttributeNames: { ...condition.ExpressionAttributeNames, ...names } });
    });
  }
}
