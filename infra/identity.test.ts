import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PREFLIGHT_ROUTE, PUBLIC_ROUTES } from './http-api.js';
import { synthTestStacks } from './test-app.js';

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string }; // eslint-disable-line @typescript-eslint/no-explicit-any
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
type StackJson = { Resources: Record<string, Resource>; Outputs: Record<string, { Value: unknown }> };

/**
 * Identity in the stacks, per provider and partition: the built-in issuer (the default; a KMS
 * key only the API may sign with, the API's own URL as issuer), an OIDC issuer with a claim
 * mapping, Cognito (global only). Template assertions only: no bundling, no validation.
 */
const plain = { webOrigins: undefined, alarmEmail: undefined, domainName: undefined, certificate: undefined, oidcIssuer: undefined, oidcAudience: undefined };
const cases = {
  'cn-north-1 built-in': { ...plain, region: 'cn-north-1' },
  'cn-northwest-1 built-in ES256': { ...plain, region: 'cn-northwest-1', tokenAlgorithm: 'ES256' },
  'us-east-1 built-in': { ...plain, region: 'us-east-1' },
  'ap-east-1 Cognito': { ...plain, region: 'ap-east-1', identity: 'cognito' },
  'cn-northwest-1 OIDC': { region: 'cn-northwest-1', claimRole: 'dabiao_role', claimInstitution: 'org_code', claimRegion: 'area_code' },
  'ap-east-1 built-in, API domain': { ...plain, region: 'ap-east-1', apiDomainName: 'api.dabiao.example.com', apiCertificate: 'arn:aws:acm:ap-east-1:123456789012:certificate/abc' },
};
type Case = keyof typeof cases;
type Synth = { stateful: StackJson; stateless: StackJson; app: App; assemblyDir: string };

let synths: Record<Case, Synth>;
beforeAll(() => {
  synths = Object.fromEntries(
    Object.entries(cases).map(([name, settings]) => {
      const { stateful, stateless, app } = synthTestStacks({ bundle: false, settings });
      const assemblyDir = app.synth().directory;
      return [name, {
        stateful: Template.fromStack(stateful).toJSON() as StackJson,
        stateless: Template.fromStack(stateless).toJSON() as StackJson,
        app,
        assemblyDir,
      }];
    }),
  ) as Record<Case, Synth>;
}, 300000);

const ofType = (stack: StackJson, type: string) => Object.entries(stack.Resources).filter(([, r]) => r.Type === type);
/** The built-in issuer: the API's own domain when configured, else its execute-api endpoint. */
const apiEndpoint = (stack: StackJson) =>
  ofType(stack, 'AWS::ApiGatewayV2::DomainName').length ? 'https://api.dabiao.example.com' : { 'Fn::GetAtt': [ofType(stack, 'AWS::ApiGatewayV2::Api')[0]![0], 'ApiEndpoint'] };
const functionId = (stack: StackJson, prefix: string) => ofType(stack, 'AWS::Lambda::Function').find(([id]) => id.startsWith(prefix))![0];
const envOf = (stack: StackJson, prefix: string) => stack.Resources[functionId(stack, prefix)]!.Properties.Environment.Variables as Record<string, unknown>;
/** Every IAM statement on the role of the function whose logical id starts with `prefix`. */
function statementsOf(stack: StackJson, prefix: string): Statement[] {
  const roleId = (stack.Resources[functionId(stack, prefix)]!.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return ofType(stack, 'AWS::IAM::Policy')
    .filter(([, r]) => r.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId))
    .flatMap(([, r]) => r.Properties.PolicyDocument.Statement as Statement[]);
}
const kmsStatements = (statements: Statement[]) => statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('kms:')));
/** The runtime config.json the web hosting deploys, with its deploy-time markers resolved to what fills them. */
function runtimeConfig(synth: Synth): { config: Record<string, any>; markers: Record<string, unknown> } { // eslint-disable-line @typescript-eslint/no-explicit-any
  const dirs = readdirSync(synth.assemblyDir).filter((name) => name.startsWith('asset.') && existsSync(join(synth.assemblyDir, name, 'config.json')));
  expect(dirs).toHaveLength(1);
  const markers = Object.assign({}, ...ofType(synth.stateless, 'Custom::CDKBucketDeployment').flatMap(([, r]) => (r.Properties.SourceMarkers ?? []) as Record<string, unknown>[])) as Record<string, unknown>;
  return { config: JSON.parse(readFileSync(join(synth.assemblyDir, dirs[0]!, 'config.json'), 'utf8')) as Record<string, unknown>, markers };
}
const resolveMarker = (value: string, markers: Record<string, unknown>) => markers[/<<marker:[^>]+>>/.exec(value)?.[0] ?? ''] ?? value;

describe.each(Object.keys(cases) as Case[])('%s: the HTTP API', (name) => {
  it('checks tokens at the gateway on every route except the public ones and preflights', () => {
    const stack = synths[name].stateless;
    const routes = Object.fromEntries(ofType(stack, 'AWS::ApiGatewayV2::Route').map(([, r]) => [r.Properties.RouteKey as string, r.Properties]));
    const authorizers = ofType(stack, 'AWS::ApiGatewayV2::Authorizer');
    if (name.includes('ES256')) {
      // API Gateway verifies RSA signatures only: ES256 tokens are checked by the Lambda alone.
      expect(authorizers).toEqual([]);
      expect(routes.$default!.AuthorizationType ?? 'NONE').toBe('NONE');
      return;
    }
    expect(authorizers).toHaveLength(1);
    const [authorizerId, authorizer] = authorizers[0]!;
    expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] });
    // Every route is modelled: the public ones, the preflight, and $default (all the rest) behind the authorizer.
    expect(Object.keys(routes).sort()).toEqual([...PUBLIC_ROUTES, PREFLIGHT_ROUTE, '$default'].sort());
    expect(routes.$default).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    for (const key of [...PUBLIC_ROUTES, PREFLIGHT_ROUTE]) {
      expect(routes[key]!.AuthorizationType ?? 'NONE', key).toBe('NONE');
      expect(routes[key]!.AuthorizerId, key).toBeUndefined();
    }
    for (const key of ['POST /api/auth/login', 'POST /api/auth/refresh', 'GET /.well-known/jwks.json', 'GET /.well-known/openid-configuration', 'GET /api/health']) {
      expect(routes[key], key).toBeDefined();
    }
  });

  it('checks the issuer and audience the Lambda verifies', () => {
    const stack = synths[name].stateless;
    const authorizer = ofType(stack, 'AWS::ApiGatewayV2::Authorizer')[0]?.[1].Properties.JwtConfiguration as { Issuer: unknown; Audience: unknown[] } | undefined;
    const env = envOf(stack, 'ApiFunction');
    if (name.includes('built-in')) {
      // The issuer is the API itself: the gateway fetches <issuer>/.well-known/openid-configuration from it.
      expect(env).toMatchObject({ AUTH_MODE: 'builtin', TOKEN_ISSUER: apiEndpoint(stack), TOKEN_AUDIENCE: 'dabiao' });
      if (authorizer) expect(authorizer).toEqual({ Issuer: apiEndpoint(stack), Audience: ['dabiao'] });
    } else if (name.includes('OIDC')) {
      expect(env).toMatchObject({ AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://idp.example.cn', OIDC_AUDIENCE: 'dabiao', CLAIM_ROLE: 'dabiao_role', CLAIM_INSTITUTION: 'org_code', CLAIM_REGION: 'area_code' });
      expect(authorizer).toEqual({ Issuer: 'https://idp.example.cn', Audience: ['dabiao'] });
    } else {
      expect(env).toMatchObject({ AUTH_MODE: 'cognito' });
      expect(JSON.stringify(authorizer!.Issuer)).toContain('https://cognito-idp.ap-east-1.amazonaws.com/');
      expect(JSON.stringify(authorizer!.Audience)).toContain('UserPoolWebClient');
    }
    // Every function reads the same identity settings (loadConfig runs in each).
    for (const prefix of ['ScorerFunction', 'ScoringSweep', 'SeedingHandler']) {
      expect(envOf(stack, prefix).AUTH_MODE, prefix).toBe(env.AUTH_MODE);
    }
  });

  it('outputs the table, API, web app, issuer and alarm topic', () => {
    const { stateful, stateless } = synths[name];
    expect(Object.keys(stateless.Outputs)).toEqual(expect.arrayContaining(['TableName', 'ApiUrl', 'WebUrl', 'Issuer', 'AlarmTopicArn']));
    // `npm run first-admin -- --stack <stack>` reads TableName from either stack.
    expect(stateful.Outputs.TableName!.Value).toEqual({ Ref: ofType(stateful, 'AWS::DynamoDB::Table')[0]![0] });
    expect(JSON.stringify(stateless.Outputs.TableName!.Value)).toContain('Fn::GetStackOutput');
    const issuer = stateless.Outputs.Issuer!.Value;
    if (name.includes('built-in')) expect(issuer).toEqual(apiEndpoint(stateless));
    if (name.includes('OIDC')) expect(issuer).toBe('https://idp.example.cn');
  });

  it('publishes the API URL and the sign-in settings in config.json', () => {
    const synth = synths[name];
    const { config, markers } = runtimeConfig(synth);
    if (!name.includes('API domain')) expect(JSON.stringify(resolveMarker(config.apiUrl as string, markers))).toMatch(/HttpApi/);
    const auth = config.auth as Record<string, string>;
    if (name.includes('built-in')) {
      expect(auth).toMatchObject({ mode: 'builtin', audience: 'dabiao' });
      expect(resolveMarker(auth.issuer!, markers)).toEqual(apiEndpoint(synth.stateless));
    } else if (name.includes('OIDC')) {
      expect(auth).toEqual({ mode: 'oidc', issuer: 'https://idp.example.cn', audience: 'dabiao' });
    } else {
      expect(auth.mode).toBe('cognito');
      expect(JSON.stringify(resolveMarker(auth.clientId!, markers))).toContain('UserPoolWebClient');
      expect(resolveMarker(auth.audience!, markers)).toEqual(resolveMarker(auth.clientId!, markers));
    }
  });
});

describe.each(['cn-north-1 built-in', 'us-east-1 built-in', 'cn-northwest-1 built-in ES256', 'ap-east-1 built-in, API domain'] as Case[])('%s: the signing key', (name) => {
  it('is an asymmetric signing key in the stateful stack, retained', () => {
    const keys = ofType(synths[name].stateful, 'AWS::KMS::Key');
    expect(keys).toHaveLength(1);
    const [, key] = keys[0]!;
    expect(key.Properties).toMatchObject({ KeyUsage: 'SIGN_VERIFY', KeySpec: name.includes('ES256') ? 'ECC_NIST_P256' : 'RSA_2048' });
    expect([key.DeletionPolicy, key.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
    expect(Object.keys(synths[name].stateful.Outputs)).toContain('TokenKeyArn');
  });

  it('may be used by the API only, to sign and to read the public key, and for no other key', () => {
    const stack = synths[name].stateless;
    const env = envOf(stack, 'ApiFunction');
    expect(env.TOKEN_SIGNING_ALG).toBe(name.includes('ES256') ? 'ES256' : 'RS256');
    const statements = kmsStatements(statementsOf(stack, 'ApiFunction'));
    expect(statements).toEqual([{ Effect: 'Allow', Action: ['kms:GetPublicKey', 'kms:Sign'], Resource: env.TOKEN_KMS_KEY_ID }]);
    expect(JSON.stringify(env.TOKEN_KMS_KEY_ID)).toMatch(/TokenSigningKey.*Arn/);
    for (const prefix of ['ScorerFunction', 'ScoringSweep', 'SeedingHandler']) expect(kmsStatements(statementsOf(stack, prefix)), prefix).toEqual([]);
    expect(JSON.stringify(stack.Resources)).not.toContain('"kms:*"');
  });

  it('has its public key read at deploy time into the API\'s TOKEN_PUBLIC_JWK, by a function that may only read the public key', () => {
    const stack = synths[name].stateless;
    const env = envOf(stack, 'ApiFunction');
    const [resourceId, resource] = ofType(stack, 'Custom::DabiaoTokenPublicKey')[0]!;
    expect(ofType(stack, 'Custom::DabiaoTokenPublicKey')).toHaveLength(1);
    expect(env.TOKEN_PUBLIC_JWK).toEqual({ 'Fn::GetAtt': [resourceId, 'Jwk'] });
    expect(resource.Properties).toMatchObject({ KeyId: env.TOKEN_KMS_KEY_ID, Algorithm: env.TOKEN_SIGNING_ALG });
    const handlerId = functionId(stack, 'TokenPublicKeyHandler');
    expect(resource.Properties.ServiceToken).toEqual({ 'Fn::GetAtt': [handlerId, 'Arn'] });
    expect(kmsStatements(statementsOf(stack, 'TokenPublicKeyHandler'))).toEqual([{ Effect: 'Allow', Action: 'kms:GetPublicKey', Resource: env.TOKEN_KMS_KEY_ID }]);
    // CloudFormation asks the function only once its role may read the key.
    const policies = ofType(stack, 'AWS::IAM::Policy').filter(([, r]) => JSON.stringify(r.Properties.PolicyDocument).includes('kms:GetPublicKey') && !JSON.stringify(r.Properties.PolicyDocument).includes('kms:Sign'));
    expect(policies.length).toBeGreaterThan(0);
    expect((stack.Resources[resourceId] as Resource & { DependsOn?: string[] }).DependsOn).toEqual(expect.arrayContaining(policies.map(([id]) => id)));
  });
});

describe('the API on its own domain', () => {
  it('serves the stage on the domain, which is then the API URL and the built-in issuer', () => {
    const { stateless } = synths['ap-east-1 built-in, API domain'];
    const [domainId, domain] = ofType(stateless, 'AWS::ApiGatewayV2::DomainName')[0]!;
    expect(domain.Properties).toMatchObject({
      DomainName: 'api.dabiao.example.com',
      DomainNameConfigurations: [expect.objectContaining({ CertificateArn: 'arn:aws:acm:ap-east-1:123456789012:certificate/abc' })],
    });
    expect(ofType(stateless, 'AWS::ApiGatewayV2::ApiMapping')[0]![1].Properties).toMatchObject({ DomainName: { Ref: domainId } });
    expect(envOf(stateless, 'ApiFunction').TOKEN_ISSUER).toBe('https://api.dabiao.example.com');
    expect(stateless.Outputs.ApiUrl!.Value).toBe('https://api.dabiao.example.com/');
    expect(JSON.stringify(stateless.Outputs.ApiDomainTarget!.Value)).toContain('RegionalDomainName');
    const { config } = runtimeConfig(synths['ap-east-1 built-in, API domain']);
    expect(config.apiUrl).toBe('https://api.dabiao.example.com/');
  });
});

describe('other issuers', () => {
  it('make no signing key and grant no KMS use', () => {
    for (const name of ['ap-east-1 Cognito', 'cn-northwest-1 OIDC'] as Case[]) {
      expect(ofType(synths[name].stateful, 'AWS::KMS::Key'), name).toEqual([]);
      expect(ofType(synths[name].stateless, 'Custom::DabiaoTokenPublicKey'), name).toEqual([]);
      expect(envOf(synths[name].stateless, 'ApiFunction'), name).not.toHaveProperty('TOKEN_PUBLIC_JWK');
      expect(kmsStatements(statementsOf(synths[name].stateless, 'ApiFunction')), name).toEqual([]);
    }
  });

  it('refuse Cognito in the China regions at synth', () => {
    for (const region of ['cn-north-1', 'cn-northwest-1']) {
      expect(() => synthTestStacks({ bundle: false, settings: { ...plain, region, identity: 'cognito' } }), region).toThrow(/Cognito user pools do not exist in the China regions/);
    }
  });

  it('warn at synth when the gateway cannot check the tokens (ES256)', () => {
    const warnings = (name: Case) =>
      synths[name].app.synth().getStackArtifact('DabiaoStateless').messages.filter((m) => String(m.entry.data).includes('JWT authorizer verifies RSA signatures only'));
    expect(warnings('cn-northwest-1 built-in ES256')).toHaveLength(1);
    expect(warnings('cn-north-1 built-in')).toEqual([]);
  });
});
