const AUTH_MODES = ['builtin', 'cognito', 'oidc', 'none'] as const;
/** Earlier name of `builtin` (npm start's demo login), still accepted. */
const AUTH_MODE_ALIASES: Record<string, AuthMode> = { local: 'builtin' };
/** How the API authenticates callers; see {@link Config.authMode}. */
export type AuthMode = (typeof AUTH_MODES)[number];

/** Everything the back end reads from its environment, parsed once at start-up. */
export interface Config {
  tableName: string;
  /** Another DynamoDB (dynalite, DynamoDB Local); unset means the regional endpoint. */
  dynamodbEndpoint?: string;
  region: string;
  /**
   * Who issues tokens: `builtin` (the API's own user directory and ES256 tokens: every region and
   * npm start; `local` is an alias), `cognito` (global regions), `oidc` (any issuer with a JWKS,
   * e.g. a province's identity platform), `none` (no issuer: every token is refused).
   */
  authMode: AuthMode;
  /** builtin: the `iss` of issued tokens, the API's own base URL (it serves `/.well-known/*`). */
  tokenIssuer?: string;
  /** builtin: the `aud` of issued tokens. */
  tokenAudience: string;
  /** builtin: the KMS key (RSA_2048 for RS256, or ECC_NIST_P256 for ES256; SIGN_VERIFY) that signs tokens; unset: a local key pair. */
  tokenKmsKeyId?: string;
  /** How the KMS key signs (`TOKEN_SIGNING_ALG`): RS256 (RSA key; what API Gateway's JWT authorizer verifies) or ES256 (P-256). */
  tokenSigningAlg: 'ES256' | 'RS256';
  /**
   * builtin with KMS: the key's public half as a JWK with its `kid` (`TOKEN_PUBLIC_JWK`), read at
   * deploy time (infra/token-public-key.ts), so verifying a token needs no KMS call; unset: fetched
   * from KMS with the first token.
   */
  tokenPublicJwk?: Readonly<Record<string, string>>;
  /** cognito / oidc: claim names for role, institution and region, replacing the defaults when set. */
  claims: { role?: string[]; institution?: string[]; region?: string[] };
  /** npm start: the secret local evidence URLs are signed with. */
  localJwtSecret?: string;
  cognitoUserPoolId?: string;
  cognitoClientId?: string;
  oidcIssuer?: string;
  oidcAudience?: string;
  evidenceBucket?: string;
  scoringQueueUrl?: string;
  evidenceDir: string;
  /** Where Swagger UI's files are hosted (`<url>/swagger-ui-dist/…`): the web hosting in AWS. */
  docsAssetsUrl?: string;
  port: number;
  maxBodyBytes: number;
  /** Largest evidence file a client may upload. */
  maxEvidenceBytes: number;
  /** How long a submission may wait in `submitted` before the sweep queues its scoring again. */
  scoringStaleMinutes: number;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** A comma-separated list of claim names, or undefined when unset. */
function claimNames(env: NodeJS.ProcessEnv, name: string): string[] | undefined {
  const names = (env[name] ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  return names.length ? names : undefined;
}

function signingAlg(raw: string | undefined): 'ES256' | 'RS256' {
  if (raw === undefined || raw === '') return 'ES256';
  if (raw === 'ES256' || raw === 'RS256') return raw;
  throw new Error(`TOKEN_SIGNING_ALG must be ES256 or RS256, got "${raw}"`);
}

/** `TOKEN_PUBLIC_JWK`: a public JWK of the signing algorithm's key type, with the `kid` tokens carry. */
function publicJwk(raw: string | undefined, alg: 'ES256' | 'RS256'): Readonly<Record<string, string>> | undefined {
  if (raw === undefined || raw === '') return undefined;
  let jwk: unknown;
  try {
    jwk = JSON.parse(raw);
  } catch {
    throw new Error('TOKEN_PUBLIC_JWK must be a JSON Web Key (JSON)');
  }
  const fields = alg === 'ES256' ? ['kty', 'crv', 'x', 'y', 'kid'] : ['kty', 'n', 'e', 'kid'];
  const record = jwk as Record<string, unknown>;
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk) || fields.some((field) => typeof record[field] !== 'string' || !record[field])) {
    throw new Error(`TOKEN_PUBLIC_JWK must be a public JWK with ${fields.join(', ')}`);
  }
  // A private key has `d`; the environment must never carry one.
  if ('d' in record || record.kty !== (alg === 'ES256' ? 'EC' : 'RSA') || (record.alg !== undefined && record.alg !== alg)) {
    throw new Error(`TOKEN_PUBLIC_JWK must be the public ${alg} key of TOKEN_KMS_KEY_ID`);
  }
  // With `alg` pinned, the key verifies only tokens of the signing key's algorithm, as a key
  // fetched from KMS does, and the JWKS served to the gateway names it.
  return Object.freeze({ ...(Object.fromEntries(Object.entries(record).filter(([, value]) => typeof value === 'string')) as Record<string, string>), alg });
}

/**
 * Parses the environment into a frozen `Config`, failing fast on anything missing or malformed
 * so a misconfigured Lambda dies at init rather than on the first request.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Readonly<Config> {
  const requested = env.AUTH_MODE || 'builtin';
  const authMode = (AUTH_MODE_ALIASES[requested] ?? requested) as AuthMode;
  if (!AUTH_MODES.includes(authMode)) {
    throw new Error(`AUTH_MODE must be one of ${AUTH_MODES.join(', ')}, got "${requested}"`);
  }
  // Only a local run (builtin without a KMS key) may fall back to the local table name.
  const local = authMode === 'builtin' && !env.TOKEN_KMS_KEY_ID;
  const claims = { role: claimNames(env, 'CLAIM_ROLE'), institution: claimNames(env, 'CLAIM_INSTITUTION'), region: claimNames(env, 'CLAIM_REGION') };
  const config: Config = {
    tableName: env.TABLE_NAME ?? (local ? 'dabiao' : ''),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION ?? 'us-east-1',
    authMode,
    tokenIssuer: env.TOKEN_ISSUER?.replace(/\/+$/, '') || undefined,
    tokenAudience: env.TOKEN_AUDIENCE || 'dabiao',
    tokenKmsKeyId: env.TOKEN_KMS_KEY_ID || undefined,
    tokenSigningAlg: signingAlg(env.TOKEN_SIGNING_ALG),
    tokenPublicJwk: publicJwk(env.TOKEN_PUBLIC_JWK, signingAlg(env.TOKEN_SIGNING_ALG)),
    claims: Object.fromEntries(Object.entries(claims).filter(([, v]) => v)),
    localJwtSecret: env.LOCAL_JWT_SECRET || undefined,
    cognitoUserPoolId: env.COGNITO_USER_POOL_ID || undefined,
    cognitoClientId: env.COGNITO_CLIENT_ID || undefined,
    oidcIssuer: env.OIDC_ISSUER || undefined,
    oidcAudience: env.OIDC_AUDIENCE || undefined,
    evidenceBucket: env.EVIDENCE_BUCKET || undefined,
    scoringQueueUrl: env.SCORING_QUEUE_URL || undefined,
    evidenceDir: env.EVIDENCE_DIR ?? '.data/evidence',
    docsAssetsUrl: env.DOCS_ASSETS_URL || undefined,
    port: positiveInt(env, 'PORT', 3000),
    maxBodyBytes: positiveInt(env, 'MAX_BODY_BYTES', 1024 * 1024),
    maxEvidenceBytes: positiveInt(env, 'MAX_EVIDENCE_BYTES', 20 * 1024 * 1024),
    scoringStaleMinutes: positiveInt(env, 'SCORING_STALE_MINUTES', 15),
  };
  if (!config.tableName) throw new Error('TABLE_NAME is required');
  if (authMode === 'cognito' && (!config.cognitoUserPoolId || !config.cognitoClientId)) {
    throw new Error('AUTH_MODE=cognito needs COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID');
  }
  if (authMode === 'oidc' && (!config.oidcIssuer?.startsWith('https://') || !config.oidcAudience)) {
    throw new Error('AUTH_MODE=oidc needs OIDC_ISSUER (an https URL) and OIDC_AUDIENCE');
  }
  if (config.tokenIssuer && !/^https?:\/\/[^/]/.test(config.tokenIssuer)) {
    throw new Error(`TOKEN_ISSUER must be the API's base URL (http or https), got "${config.tokenIssuer}"`);
  }
  if (authMode === 'builtin' && config.tokenKmsKeyId && !config.tokenIssuer?.startsWith('https://')) {
    throw new Error('AUTH_MODE=builtin with TOKEN_KMS_KEY_ID needs TOKEN_ISSUER, the API\'s https base URL');
  }
  return Object.freeze(config);
}
