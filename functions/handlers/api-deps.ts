import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { S3EvidenceStore } from '../adapters/aws/s3-evidence-store.js';
import { SqsScoringQueue } from '../adapters/aws/sqs-scoring-queue.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { createRepositories } from '../adapters/dynamodb/create-repositories.js';
import { createDefaultEngine } from '../adapters/engine/default-engine.js';
import { CognitoTokenVerifier } from '../adapters/jwt/cognito-token-verifier.js';
import type { AppDeps } from '../api/app-deps.js';
import { systemClock } from '../domain/ports/clock.js';
import { directoryDocsAssets } from '../adapters/files/directory-docs-assets.js';
import { createS3Client, createSqsClient, required } from './aws-clients.js';

/**
 * Wires the API for AWS: DynamoDB repositories, SQS scoring queue, S3 evidence, Cognito tokens.
 * Only constructs clients (no network) so it is safe to call during a cold start.
 */
export function createApiDeps(config: Readonly<Config>): AppDeps {
  if (config.authMode !== 'cognito') throw new Error('the Lambda API needs AUTH_MODE=cognito');
  const documentClient = createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint });
  return {
    repos: createRepositories(documentClient, config.tableName),
    engine: createDefaultEngine(),
    queue: new SqsScoringQueue(createSqsClient(config), required(config.scoringQueueUrl, 'SCORING_QUEUE_URL')),
    evidence: new S3EvidenceStore(createS3Client(config), required(config.evidenceBucket, 'EVIDENCE_BUCKET')),
    verifier: new CognitoTokenVerifier({
      region: config.region,
      userPoolId: required(config.cognitoUserPoolId, 'COGNITO_USER_POOL_ID'),
      clientId: required(config.cognitoClientId, 'COGNITO_CLIENT_ID'),
    }),
    clock: systemClock,
    // Copied beside the bundle at build time (infra/handler-bundle.ts).
    docsAssets: directoryDocsAssets(fileURLToPath(new URL('./swagger-ui/', import.meta.url))),
    config: { maxBodyBytes: config.maxBodyBytes, maxEvidenceBytes: config.maxEvidenceBytes },
  };
}
