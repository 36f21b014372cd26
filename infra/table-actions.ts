/**
 * DynamoDB actions each Lambda may use. Kept to what the adapter in
 * `functions/adapters/dynamodb/` sends (a test keeps the two in step): reads by key and query,
 * conditional puts and updates. No Scan (request paths never scan), no DeleteItem (state changes
 * are new versions, not deletions), no table management.
 */
export const API_TABLE_ACTIONS = ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem'] as const;

/** The scorer reads a submission and its checklist and writes one result and one audit entry. */
export const SCORER_TABLE_ACTIONS = ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem'] as const;
