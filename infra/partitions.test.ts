import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNagChecks } from './nag-checks.js';
import { PROJECT_ROOT, synthTestStacks } from './test-app.js';

type Violation = { ruleName: string; description: string; violatingConstructs: { constructPath: string }[] };
type Report = { pluginReports: { pluginName: string; violations: Violation[] }[] };
type Resource = { Type: string; Properties: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const outdirs: string[] = [];
afterAll(() => outdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Both stacks synthesized for `settings` with cdk-nag and CDK's own template validation. */
function synth(settings: Record<string, string | undefined>) {
  const outdir = mkdtempSync(join(tmpdir(), 'dabiao-partition-'));
  outdirs.push(outdir);
  const cdkJson = JSON.parse(readFileSync(`${PROJECT_ROOT}/cdk.json`, 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ outdir, context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  addNagChecks(app);
  const stacks = synthTestStacks({ bundle: false, app, settings });
  let failure: unknown;
  try {
    app.synth();
  } catch (error) {
    failure = error;
  }
  const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as Report;
  const violations = (plugin: RegExp) =>
    report.pluginReports.filter((r) => plugin.test(r.pluginName)).flatMap((r) => r.violations.map((v) => `${v.ruleName} ${v.violatingConstructs.map((c) => c.constructPath).join(',')}: ${v.description.slice(0, 160)}`));
  const resources = (stack: 'stateful' | 'stateless') => Template.fromJSON(JSON.parse(readFileSync(join(outdir, `${stacks[stack].artifactId}.template.json`), 'utf8'))).toJSON().Resources as Record<string, Resource>;
  return { failure, violations, resources, stacks };
}

/** A bare `cdk synth -c region=<region>`: no domain, no issuer, nothing else configured. */
const bare = (region: string) => ({ region, webOrigins: undefined, alarmEmail: undefined, domainName: undefined, certificate: undefined, oidcIssuer: undefined, oidcAudience: undefined });

const cases = {
  'cn-north-1 (bare)': bare('cn-north-1'),
  'cn-northwest-1 (domain, issuer)': { region: 'cn-northwest-1' },
  'us-east-1 (bare)': bare('us-east-1'),
};
let results: Record<keyof typeof cases, ReturnType<typeof synth>>;
beforeAll(() => {
  results = Object.fromEntries(Object.entries(cases).map(([name, settings]) => [name, synth(settings)])) as typeof results;
}, 300000);

describe.each(Object.keys(cases) as (keyof typeof cases)[])('%s', (name) => {
  it('synthesizes without a resource type the region does not have', () => {
    const r = results[name];
    expect(r.violations(/CloudFormation Validate/).filter((v) => v.startsWith('F3006'))).toEqual([]);
  });

  it('passes cdk-nag (AwsSolutions, Serverless) with every exception acknowledged and explained', () => {
    const r = results[name];
    expect(r.violations(/AwsSolutions|Serverless/)).toEqual([]);
    expect(r.failure).toBeUndefined();
  });
});

describe('global partition choices (us-east-1)', () => {
  const stateless = () => results['us-east-1 (bare)'].resources('stateless');
  const ofType = (type: string) => Object.entries(stateless()).filter(([, r]) => r.Type === type);

  it('keeps the Cognito user pool, and checks its tokens at the gateway as well as in the Lambda', () => {
    expect(Object.values(results['us-east-1 (bare)'].resources('stateful')).filter((r) => r.Type === 'AWS::Cognito::UserPool')).toHaveLength(1);
    const [authorizerId, authorizer] = ofType('AWS::ApiGatewayV2::Authorizer')[0]!;
    expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] });
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain('https://cognito-idp.us-east-1.amazonaws.com/');
    const routes = Object.fromEntries(ofType('AWS::ApiGatewayV2::Route').map(([, r]) => [r.Properties.RouteKey as string, r.Properties]));
    expect(routes.$default).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    // Preflights and the public routes need no token (a preflight never carries one).
    for (const key of ['OPTIONS /{proxy+}', 'GET /api/health', 'GET /api/openapi.json', 'GET /api/docs', 'POST /api/auth/login']) {
      expect(routes[key], key).toBeDefined();
      expect(routes[key]!.AuthorizationType ?? 'NONE', key).toBe('NONE');
    }
  });

  it('uses origin access control, the default CloudFront domain, and Lambda tracing', () => {
    expect(ofType('AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    expect(ofType('AWS::CloudFront::CloudFrontOriginAccessIdentity')).toEqual([]);
    const distribution = ofType('AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
    expect(distribution.Enabled).toBe(true);
    expect(distribution.Aliases).toBeUndefined();
    for (const [id, fn] of ofType('AWS::Lambda::Function').filter(([id]) => /^(Api|Scorer|Seeding)/.test(id))) {
      expect(fn.Properties.TracingConfig, id).toEqual({ Mode: 'Active' });
    }
    const env = ofType('AWS::Lambda::Function').find(([id]) => id.startsWith('ApiFunction'))![1].Properties.Environment.Variables;
    expect(env.AUTH_MODE).toBe('cognito');
  });
});

describe('China without a domain or issuer (a bare synth)', () => {
  const stateless = () => results['cn-north-1 (bare)'].resources('stateless');
  const ofType = (type: string) => Object.entries(stateless()).filter(([, r]) => r.Type === type);

  it('creates the web distribution switched off, since China serves only on an ICP-filed domain', () => {
    expect(ofType('AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig.Enabled).toBe(false);
  });

  it('refuses every token rather than trusting an issuer nobody configured', () => {
    const env = ofType('AWS::Lambda::Function').find(([id]) => id.startsWith('ApiFunction'))![1].Properties.Environment.Variables;
    expect(env.AUTH_MODE).toBe('none');
  });
});
