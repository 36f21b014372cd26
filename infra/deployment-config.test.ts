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

  it('uses Cognito where it exists, an OIDC issuer when configured, and refuses all tokens otherwise', () => {
    expect(resolveDeployment(from({ region: 'eu-west-1' }), {}).identity).toEqual({ kind: 'cognito' });
    expect(resolveDeployment(from({ region: 'cn-north-1' }), {}).identity).toEqual({ kind: 'none' });
    expect(resolveDeployment(from({ region: 'cn-north-1', oidcIssuer: 'https://idp.example.cn', oidcAudience: 'dabiao' }), {}).identity)
      .toEqual({ kind: 'oidc', issuer: 'https://idp.example.cn', audience: 'dabiao' });
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
  });
});
