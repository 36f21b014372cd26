import type { Config } from '../config.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { createRepositories } from '../adapters/dynamodb/create-repositories.js';
import { ENGINE_VERSION } from '../scoring/engine-version.js';
import { CognitoTokenVerifier } from '../adapters/jwt/cognito-token-verifier.js';
import { OidcTokenVerifier, rejectAllTokens } from '../adapters/jwt/oidc-token-verifier.js';
import type { TokenVerifier } from '../domain/ports/token-verifier.js';
import type { AppDeps } from '../api/app-deps.js';
import { systemClock } from '../domain/ports/clock.js';
import { required } from './required.js';
import { lazyEngine } from './lazy-engine.js';
import { lazyEvidenceStore } from './lazy-evidence-store.js';
import { lazyScoringQueue } from './lazy-scoring-queue.js';

/**
 * Wires the API for AWS: DynamoDB repositories, SQS scoring queue, S3 evidence, Cognito tokens.
 * Only constructs clients (no network) so it is safe to call during a cold start.
 */
export function createApiDeps(config: Readonly<Config>): AppDeps {
  if (config.authMode === 'local') throw new Error('the Lambda API verifies issued tokens: AUTH_MODE=local is for npm start only');
  // Checked now, so a stack without the bucket or queue fails at init, not on first use.
  const bucket = required(config.evidenceBucket, 'EVIDENCE_BUCKET');
  const queueUrl = required(config.scoringQueueUrl, 'SCORING_QUEUE_URL');
  const documentClient = createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint });
  return {
    repos: createRepositories(documentClient, config.tableName),
    // Loaded by the first request that compiles a form (publish, dry run, answers, submit).
    engine: lazyEngine(ENGINE_VERSION, async () => (await import('../adapters/engine/default-engine.js')).createDefaultEngine()),
    // The SQS client loads on the first submit or re-score, not in every cold start.
    queue: lazyScoringQueue(async () => {
      const [{ SqsScoringQueue }, { createSqsClient }] = await Promise.all([import('../adapters/aws/sqs-scoring-queue.js'), import('./aws-clients.js')]);
      return new SqsScoringQueue(createSqsClient(config), queueUrl);
    }),
    evidence: lazyEvidenceStore(async () => {
      const [{ S3EvidenceStore }, { createS3Client }] = await Promise.all([import('../adapters/aws/s3-evidence-store.js'), import('./s3-client.js')]);
      return new S3EvidenceStore(createS3Client(config), bucket);
    }),
    verifier: createVerifier(config),
    clock: systemClock,
    // Hosted by the web hosting bucket (infra/web-hosting.ts), not carried in the bundle.
    ...(config.docsAssetsUrl ? { docsAssets: { baseUrl: config.docsAssetsUrl } } : {}),
    config: { maxBodyBytes: config.maxBodyBytes, maxEvidenceBytes: config.maxEvidenceBytes },
  };
}

/** The token verifier of the configured issuer (see `Config.authMode`). */
function createVerifier(config: Readonly<Config>): TokenVerifier {
  switch (config.authMode) {
    case 'cognito':
      return new CognitoTokenVerifier({
        region: config.region,
        userPoolId: required(config.cognitoUserPoolId, 'COGNITO_USER_POOL_ID'),
        clientId: required(config.cognitoClientId, 'COGNITO_CLIENT_ID'),
      });
    case 'oidc':
      return new OidcTokenVerifier({ issuer: required(config.oidcIssuer, 'OIDC_ISSUER'), audience: required(config.oidcAudience, 'OIDC_AUDIENCE') });
    default:
      return rejectAllTokens;
  }
}
