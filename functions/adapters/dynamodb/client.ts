import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * A document client with the retry policy the back end relies on: the SDK's standard retry mode
 * retries throttling and transient errors with backoff (`maxAttempts`, default 5).
 *
 * `defaultsMode` is given, as the value the SDK would settle on in Lambda (`legacy`: neither
 * `AWS_DEFAULTS_MODE` nor a shared config file there), because otherwise constructing the client
 * starts an asynchronous read of `~/.aws/config` and `~/.aws/credentials` to look for it, which
 * a cold start then finishes inside its first request, even one that never reads the table
 * (test/bench/README.md, "Lambda bundles"). So `AWS_DEFAULTS_MODE` does not apply to this client.
 */
export function createDocumentClient(opts: { endpoint?: string; region?: string; maxAttempts?: number }): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: opts.region ?? 'us-east-1',
    maxAttempts: opts.maxAttempts ?? 5,
    retryMode: 'standard',
    defaultsMode: 'legacy',
    ...(opts.endpoint
      ? { endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
