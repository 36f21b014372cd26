const AUTH_MODES = ['local', 'cognito', 'oidc', 'none'] as const;
/** How the API authenticates callers; see {@link Config.authMode}. */
export type AuthMode = (typeof AUTH_MODES)[number];

/** Everything the back end reads from its environment, parsed once at start-up. */
export interface Config {
  tableName: string;
  /** Another DynamoDB (dynalite, DynamoDB Local); unset means the regional endpoint. */
  dynamodbEndpoint?: string;
  region: string;
  /**
   * Who issues tokens: `local` (npm start), `cognito` (global regions), `oidc` (any issuer with a
   * JWKS; the China regions, where Cognito does not exist), `none` (no issuer yet: every token is
   * refused).
   */
  authMode: AuthMode;
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

/**
 * Parses the environment into a frozen `Config`, failing fast on anything missing or malformed
 * so a misconfigured Lambda dies at init rather than on the first request.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Readonly<Config> {
  const authMode = (env.AUTH_MODE ?? 'local') as AuthMode;
  if (!AUTH_MODES.includes(authMode)) {
    throw new Error(`AUTH_MODE must be one of ${AUTH_MODES.join(', ')}, got "${authMode}"`);
  }
  const config: Config = {
    tableName: env.TABLE_NAME ?? (authMode === 'local' ? 'dabiao' : ''),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION ?? 'us-east-1',
    authMode,
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
  if (authMode === 'local' && !config.localJwtSecret) {
    throw new Error('AUTH_MODE=local needs LOCAL_JWT_SECRET (npm start sets one)');
  }
  return Object.freeze(config);
}
