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
  const template = (stack: 'stateful' | 'stateless') => Template.fromJSON(JSON.parse(readFileSync(join(outdir, `${stacks[stack].artifactId}.template.json`), 'utf8'))).toJSON() as { Resources: Record<string, Resource>; Outputs: Record<string, unknown> };
  const resources = (stack: 'stateful' | 'stateless') => template(stack).Resources;
  return { failure, violations, resources, template, stacks };
}

/** A bare `cdk synth -c region=<region>`: no domain, no issuer, nothing else configured (the built-in directory). */
const bare = (region: string) => ({ region, webOrigins: undefined, alarmEmail: undefined, domainName: undefined, certificate: undefined, oidcIssuer: undefined, oidcAudience: undefined });

const cases = {
  'cn-north-1 (bare)': bare('cn-north-1'),
  'cn-northwest-1 (domains, issuer)': { region: 'cn-northwest-1', apiDomainName: 'api.dabiao.example.cn', apiCertificate: 'arn:aws-cn:acm:cn-northwest-1:123456789012:certificate/abc' },
  'us-east-1 (bare)': bare('us-east-1'),
  'ap-east-1 (Cognito)': { ...bare('ap-east-1'), identity: 'cognito' },
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

describe('global partition choices', () => {
  const stateless = () => results['us-east-1 (bare)'].resources('stateless');
  const ofType = (type: string) => Object.entries(stateless()).filter(([, r]) => r.Type === type);

  it('keeps the Cognito user pool when configured, and checks its tokens at the gateway as well as in the Lambda', () => {
    const cognito = results['ap-east-1 (Cognito)'];
    expect(Object.values(cognito.resources('stateful')).filter((r) => r.Type === 'AWS::Cognito::UserPool')).toHaveLength(1);
    const authorizer = Object.values(cognito.resources('stateless')).find((r) => r.Type === 'AWS::ApiGatewayV2::Authorizer')!;
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain('https://cognito-idp.ap-east-1.amazonaws.com/');
    const env = Object.entries(cognito.resources('stateless')).find(([id, r]) => id.startsWith('ApiFunction') && r.Type === 'AWS::Lambda::Function')![1].Properties.Environment.Variables;
    expect(env.AUTH_MODE).toBe('cognito');
    // The built-in directory's key is not made when another issuer signs.
    expect(Object.values(cognito.resources('stateful')).filter((r) => r.Type === 'AWS::KMS::Key')).toEqual([]);
  });

  it('uses origin access control, the default CloudFront domain, and Lambda tracing', () => {
    expect(ofType('AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    expect(ofType('AWS::CloudFront::CloudFrontOriginAccessIdentity')).toEqual([]);
    const distribution = ofType('AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
    expect(distribution.Enabled).toBe(true);
    expect(distribution.Aliases).toBeUndefined();
    for (const [id, fn] of ofType('AWS::Lambda::Function').filter(([id]) => /^(Api|Scorer|Seeding|TokenPublicKey)/.test(id))) {
      expect(fn.Properties.TracingConfig, id).toEqual({ Mode: 'Active' });
    }
    // No Cognito unless asked for: the built-in directory is the default here too.
    expect(Object.values(results['us-east-1 (bare)'].resources('stateful')).filter((r) => r.Type === 'AWS::Cognito::UserPool')).toEqual([]);
  });
});

describe('China without a domain or issuer (a bare synth)', () => {
  const stateless = () => results['cn-north-1 (bare)'].resources('stateless');
  const ofType = (type: string) => Object.entries(stateless()).filter(([, r]) => r.Type === type);

  it('creates the web distribution switched off, since China serves only on an ICP-filed domain', () => {
    expect(ofType('AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig.Enabled).toBe(false);
  });
});
