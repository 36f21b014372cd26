import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Config } from '../config.js';

/**
 * An S3 client fit for presigning uploads. Checksums only "when required": by default the SDK
 * adds a CRC32 of the (empty) request body to a presigned PutObject URL, and S3 then rejects
 * every real upload because the file's checksum differs.
 */
export function createS3Client(config: Pick<Config, 'region'>): S3Client {
  return new S3Client({ region: config.region, requestChecksumCalculation: 'WHEN_REQUIRED' });
}

/** An SQS client with the SDK's standard retries (throttling and 5xx are retried with backoff). */
export function createSqsClient(config: Pick<Config, 'region'>): SQSClient {
  return new SQSClient({ region: config.region, retryMode: 'standard', maxAttempts: 3 });
}

/** Returns `value`, or throws naming the variable a Lambda needs but was deployed without. */
export function required<T>(value: T | undefined, variable: string): T {
  if (value === undefined) throw new Error(`${variable} is required in AWS`);
  return value;
}
