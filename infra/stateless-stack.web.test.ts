import { Template } from 'aws-cdk-lib/assertions';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthTestStacks } from './test-app.js';

type Resource = { Type: string; Properties: Record<string, any>; DependsOn?: string[] }; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The stateless stack as deployed in Beijing (the test settings: an ICP-filed domain with an IAM
 * certificate, an OpenID Connect issuer): web hosting, CORS, access logs, alarms, seeding.
 */
let template: Template;
let resources: Record<string, Resource>;
let assemblyDir: string;
beforeAll(() => {
  const { stateless, app } = synthTestStacks({ bundle: false });
  template = Template.fromStack(stateless);
  resources = template.toJSON().Resources as Record<string, Resource>;
  assemblyDir = app.synth().directory;
}, 180000);

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const one = (type: string) => {
  const found = ofType(type);
  expect(found).toHaveLength(1);
  return found[0]![1];
};

describe('web hosting (China)', () => {
  it('serves a private bucket through CloudFront with an origin access identity (no OAC in China)', () => {
    expect(ofType('AWS::CloudFront::OriginAccessControl')).toEqual([]);
    expect(ofType('AWS::CloudFront::CloudFrontOriginAccessIdentity')).toHaveLength(1);
    const buckets = ofType('AWS::S3::Bucket').map(([, r]) => r.Properties);
    for (const bucket of buckets) {
      expect(bucket.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    }
  });

  it('answers on the ICP-filed domain with the IAM server certificate, HTTPS only', () => {
    const config = one('AWS::CloudFront::Distribution').Properties.DistributionConfig;
    expect(config).toMatchObject({
      Enabled: true,
      Aliases: ['dabiao.example.cn'],
      ViewerCertificate: { IamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE', SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' },
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' },
      DefaultRootObject: 'index.html',
    });
  });

  it('routes deep links of the single-page app to index.html', () => {
    const errors = one('AWS::CloudFront::Distribution').Properties.DistributionConfig.CustomErrorResponses;
    expect(errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ ErrorCode: 403, ResponseCode: 200, ResponsePagePath: '/index.html' }),
      expect.objectContaining({ ErrorCode: 404, ResponseCode: 200, ResponsePagePath: '/index.html' }),
    ]));
  });

  it('sends CSP, HSTS, no-framing and nosniff headers on every response', () => {
    const policy = one('AWS::CloudFront::ResponseHeadersPolicy').Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(policy.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 31536000, Override: true });
    expect(policy.ContentTypeOptions).toEqual({ Override: true });
    expect(policy.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    const csp = JSON.stringify(policy.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    // The pages call the API and S3 in this region, on China endpoints, and the issuer.
    expect(csp).toContain('https://*.execute-api.cn-north-1.amazonaws.com.cn');
    expect(csp).toContain('https://*.s3.cn-north-1.amazonaws.com.cn');
    expect(csp).toContain('https://idp.example.cn');
  });

  it('publishes a runtime config.json with the API URL and the identity settings', () => {
    const files = readdirSync(assemblyDir).filter((name) => name.startsWith('asset.') && existsSync(join(assemblyDir, name, 'config.json')));
    expect(files).toHaveLength(1);
    const config = JSON.parse(readFileSync(join(assemblyDir, files[0]!, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ region: 'cn-north-1', auth: { mode: 'oidc', issuer: 'https://idp.example.cn', audience: 'dabiao' } });
    // The API URL is known at deploy time only: a marker the deployment fills in from the stage.
    const marker = /<<marker:[^>]+>>/.exec(config.apiUrl as string)?.[0];
    expect(marker).toBeDefined();
    const markers = ofType('Custom::CDKBucketDeployment').flatMap(([, r]) => (r.Properties.SourceMarkers ?? []) as Record<string, unknown>[]);
    expect(JSON.stringify(markers.find((m) => marker! in m))).toMatch(/HttpApi/);
  });

  it('hosts the Swagger UI files the API docs page loads, and tells the API where they are', () => {
    const docs = ofType('Custom::CDKBucketDeployment').find(([, r]) => r.Properties.DestinationBucketKeyPrefix === 'docs/swagger-ui-dist/');
    expect(docs).toBeDefined();
    const api = ofType('AWS::Lambda::Function').find(([id]) => id.startsWith('ApiFunction'))![1];
    expect(api.Properties.Environment.Variables.DOCS_ASSETS_URL).toBe('https://dabiao.example.cn/docs');
  });
});

describe('HTTP API (China)', () => {
  it('allows the web origins, the web domain included, with CORS', () => {
    expect(one('AWS::ApiGatewayV2::Api').Properties.CorsConfiguration).toMatchObject({
      AllowOrigins: ['https://dabiao.example.cn'],
      AllowHeaders: expect.arrayContaining(['authorization', 'content-type', 'prefer', 'if-match', 'if-none-match']),
      ExposeHeaders: expect.arrayContaining(['etag', 'preference-applied']),
      AllowMethods: expect.arrayContaining(['GET', 'POST', 'PUT']),
    });
  });

  it('checks the configured issuer\'s tokens at the gateway in China too (the Lambda checks them again)', () => {
    const [authorizerId, authorizer] = ofType('AWS::ApiGatewayV2::Authorizer')[0]!;
    expect(authorizer.Properties.JwtConfiguration).toEqual({ Issuer: 'https://idp.example.cn', Audience: ['dabiao'] });
    const routes = Object.fromEntries(ofType('AWS::ApiGatewayV2::Route').map(([, r]) => [r.Properties.RouteKey as string, r.Properties]));
    expect(routes.$default).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
  });

  it('writes JSON access logs with the request id and status, kept three months', () => {
    const stage = one('AWS::ApiGatewayV2::Stage').Properties;
    const format = JSON.parse(stage.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status', routeKey: '$context.routeKey' });
    const groupId = (stage.AccessLogSettings.DestinationArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    expect(resources[groupId]!.Properties.RetentionInDays).toBe(90);
  });

  it('throttles the login route harder than the rest, and the route exists before the setting', () => {
    const [stageId, stage] = ofType('AWS::ApiGatewayV2::Stage')[0]!;
    expect(stage.Properties.RouteSettings['POST /api/auth/login']).toEqual({ ThrottlingRateLimit: 2, ThrottlingBurstLimit: 5 });
    expect(stage.Properties.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    const login = ofType('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === 'POST /api/auth/login')!;
    expect(resources[stageId]!.DependsOn).toContain(login[0]);
  });
});

describe('alarms', () => {
  const alarmsOn = (metric: string) => ofType('AWS::CloudWatch::Alarm').filter(([, r]) => r.Properties.MetricName === metric);
  it('pages on API 5xx, Lambda errors and throttles, DLQ depth and scoring backlog, all on the alarm topic', () => {
    expect(alarmsOn('5xx')).toHaveLength(1);
    expect(alarmsOn('Errors').length).toBeGreaterThanOrEqual(2);
    expect(alarmsOn('Throttles').length).toBeGreaterThanOrEqual(2);
    expect(alarmsOn('ApproximateNumberOfMessagesVisible')).toHaveLength(1);
    expect(alarmsOn('ApproximateAgeOfOldestMessage')).toHaveLength(1);
    const topic = ofType('AWS::SNS::Topic')[0]![0];
    for (const [, alarm] of ofType('AWS::CloudWatch::Alarm')) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
  });
});

describe('checklist seeding', () => {
  it('publishes forms/ on deploy through a custom resource that re-runs when a form changes', () => {
    const [, seeding] = ofType('Custom::DabiaoChecklists')[0]!;
    expect(seeding.Properties.FormsFingerprint).toMatch(/^[0-9a-f]{64}$/);
    const fnId = (seeding.Properties.ServiceToken as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    expect(resources[fnId]!.Type).toBe('AWS::Lambda::Function');
    expect(resources[fnId]!.Properties.Environment.Variables).toMatchObject({ AUTH_MODE: 'oidc', POWERTOOLS_SERVICE_NAME: 'dabiao-seed-checklists' });
  });
});

describe('China partition choices', () => {
  it('turns Lambda tracing off (no X-Ray integration in China) and creates no Cognito', () => {
    for (const [, fn] of ofType('AWS::Lambda::Function')) expect(fn.Properties.TracingConfig?.Mode ?? 'PassThrough').not.toBe('Active');
    expect(JSON.stringify(resources)).not.toContain('cognito');
  });

  it('reads the stateful stack through weak references, not exports that would pin it', () => {
    const text = JSON.stringify(template.toJSON());
    expect(text).not.toContain('Fn::ImportValue');
    expect(text).toContain('Fn::GetStackOutput');
  });
});
