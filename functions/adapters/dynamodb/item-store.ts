import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { AlreadyExistsError, DomainError, VersionConflictError } from '../../domain/errors.js';

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
 * Reads and writes entities stored as `keys + version + data`, where `data` is the entity's JSON.
 * Storing JSON as a string keeps user-authored documents (answers, definitions) exactly as sent:
 * DynamoDB maps would reject empty attribute names and reshape numbers.
 */
export class ItemStore<T> {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly what: string,
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
          Item: { ...keys, ...extra, version, data },
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
          Item: { ...keys, ...extra, version: nextVersion, data },
          ConditionExpression: `attribute_exists(pk) AND #version = :expected${statusIn?.length ? ` AND #status IN (${Object.keys(statuses).join(', ')})` : ''}`,
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

  /** A strongly consistent read by key, with the stored version and JSON (for a cache of what was read). */
  async getEntry(pk: string, sk: string): Promise<{ value: T; version: number; json: string } | undefined> {
    if (!keyFits(pk, sk)) return undefined;
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: true }));
    if (!out.Item) return undefined;
    const json = out.Item.data as string;
    return { value: JSON.parse(json) as T, version: out.Item.version as number, json };
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

  /** Every item under one partition key of the table or an index, following pagination. */
  async query(index: 'table' | 'gsi1' | 'gsi2' | 'gsi3', pk: string, skPrefix?: string, newestFirst = false): Promise<T[]> {
    const pkName = index === 'table' ? 'pk' : `${index}pk`;
    const skName = index === 'table' ? 'sk' : `${index}sk`;
    if (!keyFits(pk, skPrefix)) return [];
    const items = await this.allPages({
      IndexName: index === 'table' ? undefined : index,
      KeyConditionExpression: skPrefix ? '#pk = :pk AND begins_with(#sk, :sk)' : '#pk = :pk',
      // Only `data`: large side attributes (a checklist's definition) stay out of lists.
      ProjectionExpression: '#data',
      ExpressionAttributeNames: skPrefix ? { '#pk': pkName, '#sk': skName, '#data': 'data' } : { '#pk': pkName, '#data': 'data' },
      ExpressionAttributeValues: skPrefix ? { ':pk': pk, ':sk': skPrefix } : { ':pk': pk },
      ScanIndexForward: !newestFirst,
    });
    return items.map((item) => JSON.parse(item.data as string) as T);
  }

  /**
   * Chosen attributes (never `data`) of every item under one index partition, following
   * pagination: side attributes such as a submission's `digest`, read without its JSON.
   */
  async queryAttributes(index: 'gsi1' | 'gsi2' | 'gsi4', pk: string, skPrefix: string, attributes: string[]): Promise<Record<string, unknown>[]> {
    if (!keyFits(pk, skPrefix)) return [];
    const names = Object.fromEntries(attributes.map((a, i) => [`#a${i}`, a]));
    // gsi4 is gsi1's keys with a narrower projection.
    const keyPrefix = index === 'gsi4' ? 'gsi1' : index;
    return this.allPages({
      IndexName: index,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :sk)',
      ProjectionExpression: Object.keys(names).join(', '),
      ExpressionAttributeNames: { '#pk': `${keyPrefix}pk`, '#sk': `${keyPrefix}sk`, ...names },
      ExpressionAttributeValues: { ':pk': pk, ':sk': skPrefix },
    });
  }

  /** Items of one index partition whose sort key sorts before `skBelow`, oldest first, following pagination. */
  async queryBelow(index: 'gsi1' | 'gsi2' | 'gsi3', pk: string, skBelow: string): Promise<T[]> {
    if (!keyFits(pk, skBelow)) return [];
    const items = await this.allPages({
      IndexName: index,
      KeyConditionExpression: '#pk = :pk AND #sk < :below',
      ProjectionExpression: '#data',
      ExpressionAttributeNames: { '#pk': `${index}pk`, '#sk': `${index}sk`, '#data': 'data' },
      ExpressionAttributeValues: { ':pk': pk, ':below': skBelow },
    });
    return items.map((item) => JSON.parse(item.data as string) as T);
  }
}
