import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../functions/config.js';
import { API_TABLE_ACTIONS, SCORER_TABLE_ACTIONS } from './table-actions.js';
import { PROJECT_ROOT, synthTestStacks } from './test-app.js';

type Resource = { Type: string; Properties: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

const outdir = mkdtempSync(join(tmpdir(), 'dabiao-cdk-'));
let template: Template;
let resources: Record<string, Resource>;

// One synth per file, with real esbuild bundling: the CDK bundling path is exercised once.
beforeAll(() => {
  template = Template.fromStack(synthTestStacks({ bundle: true, outdir }).stateless);
  resources = template.toJSON().Resources as Record<string, Resource>;
}, 180000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const idOf = (type: string, prefix: string) => {
  const ids = Object.keys(resources).filter((id) => resources[id]!.Type === type && id.startsWith(prefix));
  expect(ids).toHaveLength(1);
  return ids[0]!;
};
/** Every IAM statement attached to the role of the function whose construct id starts with `prefix`. */
function statementsOf(prefix: string): Statement[] {
  const fn = resources[idOf('AWS::Lambda::Function', prefix)]!;
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId))
    .flatMap((r) => r.Properties.PolicyDocument.Statement as Statement[]);
}
const actionsOf = (statements: Statement[]) => statements.flatMap((s) => [s.Action].flat());
const envOf = (prefix: string) =>
  resources[idOf('AWS::Lambda::Function', prefix)]!.Properties.Environment.Variables as Record<string, unknown>;

describe('stateless stack: scoring queue', () => {
  it('parks a message that failed five times in a FIFO dead-letter queue', () => {
    const dlq = idOf('AWS::SQS::Queue', 'ScoringDeadLetterQueue');
    const queue = resources[idOf('AWS::SQS::Queue', 'ScoringQueue')]!;
    expect(queue.Properties).toMatchObject({
      FifoQueue: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] }, maxReceiveCount: 5 },
    });
    expect(resources[dlq]!.Properties).toMatchObject({ FifoQueue: true, MessageRetentionPeriod: 14 * 24 * 3600 });
  });

  it('feeds the scorer in batches that report item failures, and waits out a slow batch', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: idOf('AWS::Lambda::Function', 'ScorerFunction') },
      EventSourceArn: { 'Fn::GetAtt': [idOf('AWS::SQS::Queue', 'ScoringQueue'), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
    });
    const scorerTimeout = resources[idOf('AWS::Lambda::Function', 'ScorerFunction')]!.Properties.Timeout as number;
    const visibility = resources[idOf('AWS::SQS::Queue', 'ScoringQueue')]!.Properties.VisibilityTimeout as number;
    expect(visibility).toBeGreaterThanOrEqual(6 * scorerTimeout);
  });

  it('alarms (to the alarm topic) as soon as one message is in the dead-letter queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [idOf('AWS::SQS::Queue', 'ScoringDeadLetterQueue'), 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: idOf('AWS::SNS::Topic', 'AlarmTopic') }],
    });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.cn' });
  });
});

describe('stateless stack: scoring sweep', () => {
  it('runs the sweep Lambda every 15 minutes on an EventBridge schedule, re-queueing what waited 15 minutes', () => {
    const fnId = idOf('AWS::Lambda::Function', 'ScoringSweep');
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [fnId, 'Arn'] } })],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
    });
    expect(envOf('ScoringSweep')).toMatchObject({ SCORING_STALE_MINUTES: '15', SCORING_QUEUE_URL: { Ref: idOf('AWS::SQS::Queue', 'ScoringQueue') } });
  });

  it('may only read the table (query its keys-only index, get those items by key) and send to the scoring queue', () => {
    const statements = statementsOf('ScoringSweep');
    const actions = actionsOf(statements);
    expect(actions.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:Query']);
    expect(actions.filter((a) => a.startsWith('s3:'))).toEqual([]);
    expect(actions).toContain('sqs:SendMessage');
    expect(actions).not.toContain('sqs:DeleteMessage');
  });
});

describe('stateless stack: least privilege', () => {
  it('the API cannot delete the table, scan it, or delete its items', () => {
    const actions = actionsOf(statementsOf('ApiFunction'));
    for (const forbidden of ['dynamodb:DeleteTable', 'dynamodb:DeleteItem', 'dynamodb:Scan', 'dynamodb:*', '*']) {
      expect(actions).not.toContain(forbidden);
    }
    expect(actions.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(API_TABLE_ACTIONS.map((a) => `dynamodb:${a}`).sort());
  });

  it('grants every DynamoDB call the adapter makes (or it would fail only in AWS)', () => {
    const dir = `${PROJECT_ROOT}/functions/adapters/dynamodb`;
    const sources = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => readFileSync(`${dir}/${file}`, 'utf8'))
      .join('\n');
    const documentCommands = { Get: 'GetItem', Put: 'PutItem', Query: 'Query', Update: 'UpdateItem', Delete: 'DeleteItem', Scan: 'Scan', BatchGet: 'BatchGetItem', BatchWrite: 'BatchWriteItem', TransactGet: 'TransactGetItems', TransactWrite: 'TransactWriteItems' };
    const used = new Set(
      [...sources.matchAll(/new (\w+?)Command\(/g)]
        .map((m) => documentCommands[m[1] as keyof typeof documentCommands])
        .filter((action): action is string => action !== undefined),
    );
    expect(used.size).toBeGreaterThan(0);
    for (const action of used) {
      expect(API_TABLE_ACTIONS as readonly string[]).toContain(action);
      expect(SCORER_TABLE_ACTIONS as readonly string[]).toContain(action);
    }
  });

  it('the scorer can touch neither evidence nor the queue beyond consuming it', () => {
    const actions = actionsOf(statementsOf('ScorerFunction'));
    expect(actions.filter((a) => a.startsWith('s3:'))).toEqual([]);
    expect(actions).not.toContain('sqs:SendMessage');
    expect(actions).toContain('sqs:DeleteMessage');
  });

  it('the API may sign uploads and downloads (GetObject) and check them, not delete evidence', () => {
    const actions = actionsOf(statementsOf('ApiFunction')).filter((a) => a.startsWith('s3:'));
    expect(actions.sort()).toEqual(['s3:GetObject', 's3:ListBucket', 's3:PutObject']);
  });
});

describe('stateless stack: functions', () => {
  it.each(['ApiFunction', 'ScorerFunction', 'ScoringSweep'])('%s gets an environment functions/config.ts accepts', (prefix) => {
    // CloudFormation fills the references in at deploy time; any string stands in for them here.
    const env = Object.fromEntries(Object.entries(envOf(prefix)).map(([k, v]) => [k, typeof v === 'string' ? v : `resolved-${k}`]));
    const config = loadConfig({ ...env, AWS_REGION: 'cn-north-1' });
    // China: no Cognito, so the Lambda verifies the configured OpenID Connect issuer's tokens itself.
    expect(config).toMatchObject({ authMode: 'oidc', oidcIssuer: 'https://idp.example.cn', oidcAudience: 'dabiao' });
    if (prefix === 'ApiFunction') {
      expect(config.evidenceBucket).toBeDefined();
      expect(config.scoringQueueUrl).toBeDefined();
    }
    if (prefix === 'ScoringSweep') expect([config.scoringQueueUrl !== undefined, config.scoringStaleMinutes]).toEqual([true, 15]);
    expect(config.dynamodbEndpoint).toBeUndefined();
  });

  it.each(['ApiFunction', 'ScorerFunction', 'ScoringSweep'])('%s runs Node 22 on ARM with Powertools configured', (prefix) => {
    const fn = resources[idOf('AWS::Lambda::Function', prefix)]!.Properties;
    expect(fn).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], LoggingConfig: { LogFormat: 'JSON' } });
    expect(envOf(prefix)).toMatchObject({
      POWERTOOLS_SERVICE_NAME: expect.stringMatching(/^dabiao-/),
      POWERTOOLS_METRICS_NAMESPACE: 'Dabiao',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    });
    // --enable-source-maps parses every chunk's source map during the cold start (README, benchmarks).
    expect(envOf(prefix).NODE_OPTIONS).toBeUndefined();
  });

  it('keeps logs for three months, not forever', () => {
    const groups = Object.values(resources).filter((r) => r.Type === 'AWS::Logs::LogGroup');
    // API, scorer, seeding, sweep, and the HTTP API's access logs.
    expect(groups).toHaveLength(5);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(90);
  });

  it('deploys bundled ESM code, not TypeScript', () => {
    const assets = readdirSync(outdir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name.startsWith('asset.'));
    const bundles = assets.filter((entry) => readdirSync(`${outdir}/${entry.name}`).includes('index.mjs'));
    // API, scorer, checklist seeding, scoring sweep.
    expect(bundles.length).toBe(4);
  });
});

describe('stateless stack: HTTP API', () => {
  it('sends every route to the API Lambda and throttles the whole API', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { PayloadFormatVersion: '2.0', IntegrationType: 'AWS_PROXY' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 }),
    });
  });
});
