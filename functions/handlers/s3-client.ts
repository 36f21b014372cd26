import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Sdk } from '../adapters/aws/s3-evidence-store.js';
import type { Config } from '../config.js';

/**
 * An S3 client fit for presigning uploads. Checksums only "when required": by default the SDK
 * adds a CRC32 of the (empty) request body to a presigned PutObject URL, and S3 then rejects
 * every real upload because the file's checksum differs.
 */
export function createS3Client(sdk: Pick<S3Sdk, 'S3Client'>, config: Pick<Config, 'region'>): S3Client {
  return new sdk.S3Client({ region: config.region, requestChecksumCalculation: 'WHEN_REQUIRED' });
}
