import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { HandlerFunction } from './handler-function.js';
import { HANDLER_BUNDLE } from './handler-bundle.js';
import { ScoringPipeline } from './scoring-pipeline.js';
import { ScoringSweep } from './scoring-sweep.js';
import { API_TABLE_ACTIONS, SCORER_TABLE_ACTIONS, SWEEP_TABLE_ACTIONS } from './table-actions.js';

/** Props of {@link StatelessStack}: the stateful resources it runs against, and tuning. */
export interface StatelessStackProps extends StackProps {
  table: dynamodb.ITable;
  evidenceBucket: s3.IBucket;
  userPool: cognito.IUserPool;
  userPoolClient: cognito.IUserPoolClient;
  /** Receives alarm notifications (DLQ not empty, scoring backlog); none when unset. */
  alarmEmail?: string;
  /** Steady-state requests per second across the whole API, and the burst above it. */
  throttle?: { rateLimit: number; burstLimit: number };
  /** Absolute path of the repository root (where `functions/` lives). */
  projectRoot: string;
}

const SCORER_TIMEOUT = Duration.seconds(60);

/**
 * The code: the API Lambda behind an HTTP API, the scoring Lambda behind its queue, the sweep
 * that re-queues lost scoring every 15 minutes, alarms.
 * Nothing here holds data, so it can be destroyed and redeployed freely.
 */
export class StatelessStack extends Stack {
  readonly api: apigwv2.HttpApi;
  readonly apiFunction: HandlerFunction;
  readonly scorerFunction: HandlerFunction;
  readonly scoring: ScoringPipeline;
  readonly sweep: ScoringSweep;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const entry = (file: string) => `${props.projectRoot}/${file}`;
    const shared = { TABLE_NAME: props.table.tableName };

    this.scorerFunction = new HandlerFunction(this, 'Scorer', {
      entry: entry(HANDLER_BUNDLE.entries.scorer),
      serviceName: 'dabiao-scorer',
      timeout: SCORER_TIMEOUT,
      memorySize: 1024,
      // The scorer verifies no tokens, but loadConfig insists on a complete auth mode.
      environment: { ...shared, AUTH_MODE: 'cognito', ...cognitoEnv(props) },
      logRetention: logs.RetentionDays.THREE_MONTHS,
    });
    this.scoring = new ScoringPipeline(this, 'Scoring', {
      scorer: this.scorerFunction.fn,
      scorerTimeout: SCORER_TIMEOUT,
      maxReceiveCount: 5,
    });

    this.sweep = new ScoringSweep(this, 'ScoringSweep', {
      entry: entry(HANDLER_BUNDLE.entries.sweep),
      queue: this.scoring.queue,
      // Like the scorer, it verifies no tokens, but loadConfig insists on a complete auth mode.
      environment: { ...shared, AUTH_MODE: 'cognito', ...cognitoEnv(props) },
      every: Duration.minutes(15),
      staleAfter: Duration.minutes(15),
    });

    this.apiFunction = new HandlerFunction(this, 'Api', {
      entry: entry(HANDLER_BUNDLE.entries.api),
      serviceName: 'dabiao-api',
      assets: HANDLER_BUNDLE.assets.api,
      // API Gateway gives up after 30 s; a longer Lambda would only burn money.
      timeout: Duration.seconds(29),
      memorySize: 1024,
      environment: {
        ...shared,
        AUTH_MODE: 'cognito',
        ...cognitoEnv(props),
        EVIDENCE_BUCKET: props.evidenceBucket.bucketName,
        SCORING_QUEUE_URL: this.scoring.queue.queueUrl,
      },
      logRetention: logs.RetentionDays.THREE_MONTHS,
    });

    grantTable(props.table, this.apiFunction.fn, API_TABLE_ACTIONS);
    grantTable(props.table, this.scorerFunction.fn, SCORER_TABLE_ACTIONS);
    grantTable(props.table, this.sweep.fn, SWEEP_TABLE_ACTIONS);
    this.scoring.queue.grantSendMessages(this.apiFunction.fn);
    // PutObject signs the upload URLs; GetObject signs the download URLs and backs HeadObject;
    // ListBucket makes a missing key a 404 instead of a 403, which `exists` relies on. Nothing
    // else: no delete, no ACLs. Downloads are opened as links, so the bucket's CORS stays PUT-only.
    this.apiFunction.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [props.evidenceBucket.arnForObjects('*')],
      }),
    );
    this.apiFunction.fn.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.evidenceBucket.bucketArn] }),
    );

    this.api = new apigwv2.HttpApi(this, 'HttpApi', {
      description: 'Dabiao API',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('ApiIntegration', this.apiFunction.fn),
    });
    const throttle = props.throttle ?? { rateLimit: 50, burstLimit: 100 };
    const stage = this.api.addStage('DefaultStage', { stageName: '$default', autoDeploy: true, throttle });

    const topic = new sns.Topic(this, 'AlarmTopic', { enforceSSL: true });
    if (props.alarmEmail) topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    for (const alarm of [this.scoring.deadLetterAlarm, this.scoring.backlogAlarm]) {
      alarm.addAlarmAction(new cloudwatchActions.SnsAction(topic));
    }

    new CfnOutput(this, 'ApiUrl', { value: stage.url });
    new CfnOutput(this, 'ScoringQueueUrl', { value: this.scoring.queue.queueUrl });
    new CfnOutput(this, 'ScoringDeadLetterQueueUrl', { value: this.scoring.deadLetterQueue.queueUrl });
  }
}

function cognitoEnv(props: StatelessStackProps): Record<string, string> {
  return {
    COGNITO_USER_POOL_ID: props.userPool.userPoolId,
    COGNITO_CLIENT_ID: props.userPoolClient.userPoolClientId,
  };
}

/** Item-level actions only, on the table and its indexes: never Scan, never table management. */
function grantTable(table: dynamodb.ITable, fn: iam.IGrantable, actions: readonly string[]): void {
  fn.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: actions.map((action) => `dynamodb:${action}`),
      resources: [table.tableArn, `${table.tableArn}/index/*`],
    }),
  );
}
