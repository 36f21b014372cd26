/**
 * DynamoDB actions each Lambda may use: exactly what the adapter in
 * `functions/adapters/dynamodb/` sends (a test keeps the two in step). Every change there is a
 * conditional PutItem, so no UpdateItem; no Scan (request paths never scan), no DeleteItem (state
 * changes are new versions, not deletions), no table management.
 */
export const API_TABLE_ACTIONS = ['GetItem', 'Query', 'PutItem', 'BatchGetItem'] as const;

/** The scorer reads a submission, its checklist and any earlier result, then writes a result and the submission (the same repositories as the API). */
export const SCORER_TABLE_ACTIONS = ['GetItem', 'Query', 'PutItem', 'BatchGetItem'] as const;

/**
 * Deploy-time seeding reads a checklist version and publishes it (a conditional PutItem). Reads
 * by key that start together go as one BatchGetItem (`consistent-get.ts`), so it may send that too.
 */
export const SEEDING_TABLE_ACTIONS = ['GetItem', 'Query', 'PutItem', 'BatchGetItem'] as const;

/** The scoring sweep only lists the submissions waiting for a score (ACCESS-PATTERNS.md, S6: keys from gsi7, items by key); it writes nothing. */
export const SWEEP_TABLE_ACTIONS = ['Query', 'BatchGetItem'] as const;
