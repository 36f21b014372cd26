import { partitionFeatures, type PartitionFeatures } from './partition.js';

/** The web app's own domain (required in China, where it must be ICP-filed). */
export interface WebDomain {
  name: string;
  /**
   * `aws`: the ARN of an ACM certificate in us-east-1. `aws-cn`: the id of a server certificate
   * uploaded to IAM with the path `/cloudfront/` (CloudFront China does not take ACM certificates).
   */
  certificate: string;
}

/**
 * Which token claims carry the role, the institution and the region (OIDC and Cognito tokens;
 * the built-in issuer writes the API's own claim names). Unset: the API's defaults.
 */
export interface ClaimMapping {
  role?: string;
  institution?: string;
  region?: string;
}

/**
 * Who issues the tokens the API accepts. `builtin`: the API itself (users in the table, tokens
 * signed by a KMS key of the stateful stack); every partition, the default. `oidc`: any OpenID
 * Connect issuer with a JWKS (a province's identity platform). `cognito`: the user pool of the
 * stateful stack, global partition only.
 */
export type IdentityConfig =
  | { kind: 'builtin'; audience: string; algorithm: TokenAlgorithm }
  | { kind: 'oidc'; issuer: string; audience: string; claims: ClaimMapping }
  | { kind: 'cognito'; claims: ClaimMapping };

/**
 * How the built-in issuer signs. `RS256` (default): API Gateway's HTTP API JWT authorizer
 * verifies only RSA signatures ("Currently, only RSA-based algorithms are supported", in the
 * global and the China documentation alike), so only RS256 tokens can be checked at the gateway.
 * `ES256`: a P-256 key (smaller tokens, the JOSE recommendation), checked by the Lambda alone.
 */
export type TokenAlgorithm = 'RS256' | 'ES256';
export const TOKEN_ALGORITHMS: readonly TokenAlgorithm[] = ['RS256', 'ES256'];

/** The audience the built-in issuer writes and the gateway checks, unless configured. */
export const DEFAULT_TOKEN_AUDIENCE = 'dabiao';

/** Everything a deployment differs by, resolved once by `infra/app.ts` from context and environment. */
export interface DeploymentConfig {
  account?: string;
  region: string;
  features: PartitionFeatures;
  /** Browser origins allowed to call the API and upload evidence; the web domain is added to them. */
  webOrigins: string[];
  alarmEmail?: string;
  webDomain?: WebDomain;
  /**
   * The API's own domain, e.g. `api.dabiao.example.cn` (China: ICP-filed), with an ACM certificate
   * in the deployment's region. It then is the API URL and the built-in issuer.
   */
  apiDomain?: { name: string; certificateArn: string };
  identity: IdentityConfig;
}

/** Raw settings: `-c key=value` context first, then `DABIAO_*` environment variables. */
export type SettingSource = (key: string) => string | undefined;

/**
 * Resolves the deployment from its settings, failing synth with a message naming the setting
 * when one is wrong. `region` comes from `-c region=` before the CLI's default region, so one
 * checkout synthesizes any partition without credentials.
 */
export function resolveDeployment(setting: SettingSource, defaults: { account?: string; region?: string }): DeploymentConfig {
  const region = setting('region') ?? defaults.region;
  if (!region) throw new Error('No region: pass -c region=<region> (e.g. cn-north-1) or configure a default region');
  const features = partitionFeatures(region);
  const domainName = setting('domainName');
  const certificate = setting('certificate');
  if (Boolean(domainName) !== Boolean(certificate)) {
    throw new Error('domainName and certificate go together: the web domain needs its certificate');
  }
  const identity = resolveIdentity(setting, features);
  const apiDomainName = setting('apiDomainName');
  const apiCertificate = setting('apiCertificate');
  if (Boolean(apiDomainName) !== Boolean(apiCertificate)) {
    throw new Error('apiDomainName and apiCertificate go together: the API domain needs its ACM certificate (in the deployment region)');
  }
  if (apiCertificate && !apiCertificate.startsWith(`arn:${features.partition}:acm:${region}:`)) {
    throw new Error(`apiCertificate must be an ACM certificate ARN in ${region} (arn:${features.partition}:acm:${region}:…), got "${apiCertificate}"`);
  }
  const webDomain = domainName && certificate ? { name: domainName, certificate } : undefined;
  const origins = (setting('webOrigins') ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`webOrigins: "${origin}" is not an origin (scheme://host[:port])`);
  }
  return {
    account: defaults.account,
    region,
    features,
    webOrigins: [...new Set([...origins, ...(webDomain ? [`https://${webDomain.name}`] : [])])],
    alarmEmail: setting('alarmEmail') || undefined,
    webDomain,
    ...(apiDomainName && apiCertificate ? { apiDomain: { name: apiDomainName, certificateArn: apiCertificate } } : {}),
    identity,
  };
}

const IDENTITY_KINDS = ['builtin', 'oidc', 'cognito'] as const;

/**
 * The identity provider: `identity=builtin|oidc|cognito`; without it, `oidc` when an issuer is
 * configured and `builtin` otherwise. Cognito is refused where it does not exist (China).
 */
function resolveIdentity(setting: SettingSource, features: PartitionFeatures): IdentityConfig {
  const issuer = setting('oidcIssuer');
  const audience = setting('oidcAudience');
  const kind = setting('identity') ?? (issuer ? 'oidc' : 'builtin');
  if (!(IDENTITY_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`identity must be one of ${IDENTITY_KINDS.join(', ')}, got "${kind}"`);
  }
  const claims: ClaimMapping = {
    ...(setting('claimRole') ? { role: setting('claimRole') } : {}),
    ...(setting('claimInstitution') ? { institution: setting('claimInstitution') } : {}),
    ...(setting('claimRegion') ? { region: setting('claimRegion') } : {}),
  };
  if (kind === 'cognito') {
    if (!features.cognito) {
      throw new Error(
        'identity=cognito: Amazon Cognito user pools do not exist in the China regions (aws-cn). ' +
          'Use identity=builtin (the default: users in the table, tokens signed by a KMS key) or identity=oidc with oidcIssuer and oidcAudience',
      );
    }
    return { kind: 'cognito', claims };
  }
  if (kind === 'oidc') {
    if (!issuer || !audience) throw new Error('identity=oidc needs oidcIssuer and oidcAudience (they go together)');
    if (!issuer.startsWith('https://')) throw new Error(`oidcIssuer must be an https URL, got "${issuer}"`);
    return { kind: 'oidc', issuer, audience, claims };
  }
  if (issuer || audience) throw new Error('oidcIssuer and oidcAudience belong to identity=oidc; the built-in issuer is the API itself');
  const algorithm = setting('tokenAlgorithm') ?? 'RS256';
  if (!(TOKEN_ALGORITHMS as readonly string[]).includes(algorithm)) {
    throw new Error(`tokenAlgorithm must be one of ${TOKEN_ALGORITHMS.join(', ')}, got "${algorithm}"`);
  }
  return { kind: 'builtin', audience: setting('tokenAudience') ?? DEFAULT_TOKEN_AUDIENCE, algorithm: algorithm as TokenAlgorithm };
}
