import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * A document client with the retry policy the back end relies on: the SDK's standard retry mode
 * retries throttling and transient errors with backoff (`maxAttempts`, default 5).
 */
export function createDocumentClient(opts: { endpoint?: string; region?: string; maxAttempts?: number }): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: opts.region ?? 'us-east-1',
    maxAttempts: opts.maxAttempts ?? 5,
    retryMode: 'standard',
    ...(opts.endpoint
      ? { endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
