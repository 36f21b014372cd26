import { SQSClient } from '@aws-sdk/client-sqs';
import type { Config } from '../config.js';

/** An SQS client with the SDK's standard retries (throttling and 5xx are retried with backoff). */
export function createSqsClient(config: Pick<Config, 'region'>): SQSClient {
  return new SQSClient({ region: config.region, retryMode: 'standard', maxAttempts: 3 });
}

/** Returns `value`, or throws naming the variable a Lambda needs but was deployed without. */
export function required<T>(value: T | undefined, variable: string): T {
  if (value === undefined) throw new Error(`${variable} is required in AWS`);
  return value;
}
