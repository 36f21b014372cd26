import type { Config } from '../config.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { createRepositories } from '../adapters/dynamodb/create-repositories.js';
import { builtinTokenVerifier } from '../adapters/jwt/builtin-token-verifier.js';
import { ENGINE_VERSION } from '../scoring/engine-version.js';
import { CognitoTokenVerifier } from '../adapters/jwt/cognito-token-verifier.js';
import { DEFAULT_CLAIMS, type ClaimMapping } from '../adapters/jwt/principal-from-claims.js';
import { OidcTokenVerifier, rejectAllTokens } from '../adapters/jwt/oidc-token-verifier.js';
import type { TokenVerifier } from '../domain/ports/token-verifier.js';
import type { AppDeps } from '../api/app-deps.js';
import { lazyBuiltinIdentity, type LazyBuiltinIdentity } from '../api/lazy-identity.js';
import { systemClock } from '../domain/ports/clock.js';
import { required } from './required.js';
import { lazyEngine } from './lazy-engine.js';
import { lazyEvidenceStore } from './lazy-evidence-store.js';
import { lazyKmsSigner } from './lazy-token-signer.js';
import { lazyScoringQueue } from './lazy-scoring-queue.js';

/**
 * Wires the API for AWS: DynamoDB repositories, SQS scoring queue, S3 evidence, and the identity
 * (the built-in directory signing with KMS, or Cognito / OIDC tokens). Only constructs clients
 * (no network) so it is safe to call during a cold start.
 */
export function createApiDeps(config: Readonly<Config>): AppDeps {
  // Checked now, so a stack without the bucket or queue fails at init, not on first use.
  const bucket = required(config.evidenceBucket, 'EVIDENCE_BUCKET');
  const queueUrl = required(config.scoringQueueUrl, 'SCORING_QUEUE_URL');
  const documentClient = createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint });
  const repos = createRepositories(documentClient, config.tableName);
  const builtin = config.authMode === 'builtin' ? createBuiltin(config, documentClient, repos) : undefined;
  return {
    repos,
    // Loaded by the first request that compiles a form (publish, dry run, answers, submit).
    engine: lazyEngine(ENGINE_VERSION, async () => (await import('../adapters/engine/default-engine.js')).createDefaultEngine()),
    // The SQS client loads on the first submit or re-score, not in every cold start.
    queue: lazyScoringQueue(async () => {
      const [{ SqsScoringQueue }, { createSqsClient }] = await Promise.all([import('../adapters/aws/sqs-scoring-queue.js'), import('./aws-clients.js')]);
      return new SqsScoringQueue(createSqsClient(config), queueUrl);
    }),
    evidence: lazyEvidenceStore(async () => {
      // The S3 SDK is a file of its own (s3-sdk.mts), so the path stays relative to this module's place in the bundle: index.mjs.
      const [sdk, { S3EvidenceStore }, { createS3Client }] = await Promise.all([import('./s3-sdk.mjs'), import('../adapters/aws/s3-evidence-store.js'), import('./s3-client.js')]);
      return new S3EvidenceStore(sdk, createS3Client(sdk, config), bucket);
    }),
    verifier: builtin?.verifier ?? createVerifier(config),
    ...(builtin ? { identity: builtin.identity } : {}),
    clock: systemClock,
    // Hosted by the web hosting bucket (infra/web-hosting.ts), not carried in the bundle.
    ...(config.docsAssetsUrl ? { docsAssets: { baseUrl: config.docsAssetsUrl } } : {}),
    config: { maxBodyBytes: config.maxBodyBytes, maxEvidenceBytes: config.maxEvidenceBytes },
  };
}

/**
 * jose's token check and the built-in identity, from the module the API's routes load from
 * (signed-in.ts): the first token or sign-in arrives with a request to those routes, so it is
 * already loaded then and adds no file of its own.
 */
const loadSignedIn = () => import('../api/signed-in.js');

/**
 * The built-in identity in AWS: users, refresh tokens and attempt counters in the table, tokens
 * signed by the KMS key (a key pair on a Lambda's disk would differ per instance). Its settings
 * are checked now, so a stack without them fails at init; the identity itself is built with the
 * signed-in routes (lazy-identity.ts says why).
 */
function createBuiltin(config: Readonly<Config>, client: ReturnType<typeof createDocumentClient>, repos: AppDeps['repos']): { identity: LazyBuiltinIdentity; verifier: TokenVerifier } {
  const signer = lazyKmsSigner(config, required(config.tokenKmsKeyId, 'TOKEN_KMS_KEY_ID'), config.tokenSigningAlg, config.tokenPublicJwk);
  const issuer = required(config.tokenIssuer, 'TOKEN_ISSUER');
  const identity = lazyBuiltinIdentity(issuer, signer, async () => {
    const { createBuiltinIdentity, DynamoUserDirectory, DynamoRefreshTokenStore, DynamoLoginAttemptStore } = await loadSignedIn();
    return createBuiltinIdentity({
      users: new DynamoUserDirectory(client, config.tableName),
      refreshTokens: new DynamoRefreshTokenStore(client, config.tableName),
      loginAttempts: new DynamoLoginAttemptStore(client, config.tableName),
      signer,
      repos,
      issuer,
      audience: config.tokenAudience,
      clock: systemClock,
    });
  });
  return { identity, verifier: builtinTokenVerifier(signer, { issuer, audience: config.tokenAudience, loadJose: loadSignedIn }) };
}

/** The configured claim names over the defaults (`CLAIM_ROLE`, `CLAIM_INSTITUTION`, `CLAIM_REGION`). */
function claimMapping(config: Readonly<Config>): ClaimMapping {
  return { role: config.claims.role ?? DEFAULT_CLAIMS.role, institution: config.claims.institution ?? DEFAULT_CLAIMS.institution, region: config.claims.region ?? DEFAULT_CLAIMS.region };
}

/** The token verifier of another issuer (see `Config.authMode`). */
function createVerifier(config: Readonly<Config>): TokenVerifier {
  switch (config.authMode) {
    case 'cognito':
      return new CognitoTokenVerifier({
        region: config.region,
        userPoolId: required(config.cognitoUserPoolId, 'COGNITO_USER_POOL_ID'),
        clientId: required(config.cognitoClientId, 'COGNITO_CLIENT_ID'),
        claims: claimMapping(config),
        loadJwtVerify: loadSignedIn,
      });
    case 'oidc':
      return new OidcTokenVerifier({ issuer: required(config.oidcIssuer, 'OIDC_ISSUER'), audience: required(config.oidcAudience, 'OIDC_AUDIENCE'), claims: claimMapping(config), loadJwtVerify: loadSignedIn });
    default:
      return rejectAllTokens;
  }
}
