import { describe, expect, it } from 'vitest';
import { resolveDeployment } from './deployment-config.js';

const from = (settings: Record<string, string>) => (key: string) => settings[key];

describe('resolveDeployment', () => {
  it('takes -c region over the CLI default region, and picks the partition from it', () => {
    const config = resolveDeployment(from({ region: 'cn-northwest-1' }), { region: 'us-east-1' });
    expect(config.region).toBe('cn-northwest-1');
    expect(config.features).toMatchObject({ partition: 'aws-cn', urlSuffix: 'amazonaws.com.cn', cognito: false, lambdaTracing: false });
    expect(resolveDeployment(from({}), { region: 'ap-east-1' }).features.partition).toBe('aws');
  });

  it('signs its own tokens (built-in directory, RS256 for the gateway) by default in every partition', () => {
    for (const region of ['cn-north-1', 'cn-northwest-1', 'us-east-1', 'ap-east-1']) {
      expect(resolveDeployment(from({ region }), {}).identity, region).toEqual({ kind: 'builtin', audience: 'dabiao', algorithm: 'RS256' });
    }
    expect(resolveDeployment(from({ region: 'cn-north-1', tokenAlgorithm: 'ES256', tokenAudience: 'dabiao-gansu' }), {}).identity)
      .toEqual({ kind: 'builtin', audience: 'dabiao-gansu', algorithm: 'ES256' });
  });

  it('uses an OIDC issuer with its claim mapping, or Cognito in the global partition, by configuration', () => {
    const oidc = { region: 'cn-north-1', oidcIssuer: 'https://idp.example.cn', oidcAudience: 'dabiao' };
    expect(resolveDeployment(from(oidc), {}).identity).toEqual({ kind: 'oidc', issuer: 'https://idp.example.cn', audience: 'dabiao', claims: {} });
    expect(resolveDeployment(from({ ...oidc, identity: 'oidc', claimRole: 'dabiao_role', claimInstitution: 'org_code', claimRegion: 'area' }), {}).identity)
      .toEqual({ kind: 'oidc', issuer: 'https://idp.example.cn', audience: 'dabiao', claims: { role: 'dabiao_role', institution: 'org_code', region: 'area' } });
    expect(resolveDeployment(from({ region: 'ap-east-1', identity: 'cognito' }), {}).identity).toEqual({ kind: 'cognito', claims: {} });
  });

  it('refuses Cognito in the China regions at synth, naming what to use instead', () => {
    for (const region of ['cn-north-1', 'cn-northwest-1']) {
      expect(() => resolveDeployment(from({ region, identity: 'cognito' }), {}), region).toThrow(/Cognito user pools do not exist in the China regions.*identity=builtin/);
    }
  });

  it('allows the web domain as an origin besides the configured ones', () => {
    const config = resolveDeployment(from({ region: 'cn-north-1', domainName: 'dabiao.example.cn', certificate: 'ASCA', webOrigins: 'https://admin.example.cn, https://dabiao.example.cn' }), {});
    expect(config.webOrigins).toEqual(['https://admin.example.cn', 'https://dabiao.example.cn']);
    expect(config.webDomain).toEqual({ name: 'dabiao.example.cn', certificate: 'ASCA' });
  });

  it('fails synth with the setting to fix', () => {
    expect(() => resolveDeployment(from({}), {})).toThrow(/-c region=/);
    expect(() => resolveDeployment(from({ region: 'beijing' }), {})).toThrow(/not an AWS region/);
    expect(() => resolveDeployment(from({ region: 'us-gov-west-1' }), {})).toThrow(/partition/);
    expect(() => resolveDeployment(from({ region: 'cn-north-1', domainName: 'dabiao.example.cn' }), {})).toThrow(/certificate/);
    expect(() => resolveDeployment(from({ region: 'cn-north-1', oidcIssuer: 'https://idp.example.cn' }), {})).toThrow(/oidcAudience/);
    expect(() => resolveDeployment(from({ region: 'cn-north-1', oidcIssuer: 'http://idp.example.cn', oidcAudience: 'a' }), {})).toThrow(/https/);
    expect(() => resolveDeployment(from({ region: 'cn-north-1', webOrigins: 'dabiao.example.cn' }), {})).toThrow(/not an origin/);
    expect(() => resolveDeployment(from({ region: 'cn-north-1', identity: 'saml' }), {})).toThrow(/identity must be one of builtin, oidc, cognito/);
    expect(() => resolveDeployment(from({ region: 'cn-north-1', identity: 'oidc' }), {})).toThrow(/oidcIssuer and oidcAudience/);
    expect(() => resolveDeployment(from({ region: 'cn-north-1', identity: 'builtin', oidcIssuer: 'https://idp.example.cn' }), {})).toThrow(/identity=oidc/);
    expect(() => resolveDeployment(from({ region: 'cn-north-1', tokenAlgorithm: 'HS256' }), {})).toThrow(/tokenAlgorithm must be one of RS256, ES256/);
    expect(() => resolveDeployment(from({ region: 'cn-north-1', apiDomainName: 'api.dabiao.example.cn' }), {})).toThrow(/apiCertificate/);
    // A certificate from another region or partition cannot serve a regional API domain.
    expect(() => resolveDeployment(from({ region: 'cn-north-1', apiDomainName: 'api.dabiao.example.cn', apiCertificate: 'arn:aws:acm:us-east-1:1:certificate/x' }), {}))
      .toThrow(/arn:aws-cn:acm:cn-north-1:/);
    expect(resolveDeployment(from({ region: 'cn-north-1', apiDomainName: 'api.dabiao.example.cn', apiCertificate: 'arn:aws-cn:acm:cn-north-1:1:certificate/x' }), {}).apiDomain)
      .toEqual({ name: 'api.dabiao.example.cn', certificateArn: 'arn:aws-cn:acm:cn-north-1:1:certificate/x' });
  });
});
