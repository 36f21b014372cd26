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
 * Who issues the tokens the API accepts. `cognito`: the user pool of the stateful stack (global
 * partition only). `oidc`: any OpenID Connect issuer with a JWKS (the seam the built-in directory
 * plugs into). `none`: no issuer yet; the API rejects every token (fail closed).
 */
export type IdentityConfig =
  | { kind: 'cognito' }
  | { kind: 'oidc'; issuer: string; audience: string }
  | { kind: 'none' };

/** Everything a deployment differs by, resolved once by `infra/app.ts` from context and environment. */
export interface DeploymentConfig {
  account?: string;
  region: string;
  features: PartitionFeatures;
  /** Browser origins allowed to call the API and upload evidence; the web domain is added to them. */
  webOrigins: string[];
  alarmEmail?: string;
  webDomain?: WebDomain;
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
  const issuer = setting('oidcIssuer');
  const audience = setting('oidcAudience');
  if (Boolean(issuer) !== Boolean(audience)) throw new Error('oidcIssuer and oidcAudience go together');
  if (issuer && !issuer.startsWith('https://')) throw new Error(`oidcIssuer must be an https URL, got "${issuer}"`);
  const identity: IdentityConfig =
    issuer && audience ? { kind: 'oidc', issuer, audience } : features.cognito ? { kind: 'cognito' } : { kind: 'none' };
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
    identity,
  };
}
