import { SQSClient } from '@aws-sdk/client-sqs';
import type { Config } from '../config.js';

/** An SQS client with the SDK's standard retries (throttling and 5xx are retried with backoff). */
export function createSqsClient(config: Pick<Config, 'region'>): SQSClient {
  return new SQSClient({ region: config.region, retryMode: 'standard', maxAttempts: 3 });
}

// In its own file so code that must not load the SQS client (the API's cold start) can use it.
export { required } from './required.js';
