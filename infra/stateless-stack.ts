import { Annotations, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { ApiAlarms } from './api-alarms.js';
import { gatewayAuthorizer, identityEnv, identityOrigins, issuerOf, runtimeAuth, type ApiIdentity, type IssuerContext } from './api-identity.js';
import { ChecklistSeeding } from './checklist-seeding.js';
import type { WebDomain } from './deployment-config.js';
import { HandlerFunction } from './handler-function.js';
import { acknowledgeWildcardResources } from './nag-checks.js';
import { DabiaoHttpApi } from './http-api.js';
import type { PartitionFeatures } from './partition.js';
import { ScoringPipeline } from './scoring-pipeline.js';
import { ScoringSweep } from './scoring-sweep.js';
import { API_TABLE_ACTIONS, SCORER_TABLE_ACTIONS, SEEDING_TABLE_ACTIONS, SWEEP_TABLE_ACTIONS } from './table-actions.js';
import { TokenPublicKey } from './token-public-key.js';
import { DOCS_ASSETS_PREFIX, WebHosting } from './web-hosting.js';

export type { ApiIdentity } from './api-identity.js';

/** Props of {@link StatelessStack}: the stateful resources it runs against, and tuning. */
export interface StatelessStackProps extends StackProps {
  table: dynamodb.ITable;
  evidenceBucket: s3.IBucket;
  identity: ApiIdentity;
  /** What the partition offers (tracing, CloudFront access, gateway authorizer). */
  features: PartitionFeatures;
  /** Browser origins allowed to call the API besides the web hosting's own. */
  webOrigins: string[];
  webDomain?: WebDomain;
  /** The API's own domain (ACM certificate in this region): the API URL and the built-in issuer. */
  apiDomain?: { name: string; certificateArn: string };
  /** Receives alarm notifications; none when unset. */
  alarmEmail?: string;
  /** Steady-state requests per second across the whole API, and the burst above it. */
  throttle?: { rateLimit: number; burstLimit: number };
  /** Absolute path of the repository root (where `functions/` lives). */
  projectRoot: string;
}

const SCORER_TIMEOUT = Duration.seconds(60);
const LOG_RETENTION = logs.RetentionDays.THREE_MONTHS;

/**
 * The code: the API Lambda behind an HTTP API, the scoring Lambda behind its queue, the sweep
 * that re-queues lost scoring every 15 minutes, the web hosting, checklist seeding, alarms.
 * Nothing here holds data that is not recreated by a deploy, so it can be destroyed and
 * redeployed freely.
 */
export class StatelessStack extends Stack {
  readonly api: DabiaoHttpApi;
  readonly apiFunction: HandlerFunction;
  readonly scorerFunction: HandlerFunction;
  readonly scoring: ScoringPipeline;
  readonly web: WebHosting;
  readonly seeding: ChecklistSeeding;
  readonly alarms: ApiAlarms;
  readonly sweep: ScoringSweep;
  /** The `iss` of the tokens the API accepts. */
  readonly issuer: string;
  /** The API's base URL with a trailing slash (its own domain when configured). */
  readonly apiUrl: string;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { features } = props;
    // Every function runs loadConfig, which insists on a complete identity setting: added to
    // each function below, once the HTTP API (the built-in issuer's URL) exists.
    const shared = { TABLE_NAME: props.table.tableName };
    const functionDefaults = { projectRoot: props.projectRoot, logRetention: LOG_RETENTION, tracing: features.lambdaTracing };

    this.scorerFunction = new HandlerFunction(this, 'Scorer', {
      ...functionDefaults,
      handler: 'scorer',
      serviceName: 'dabiao-scorer',
      timeout: SCORER_TIMEOUT,
      memorySize: 1024,
      environment: shared,
    });
    this.scoring = new ScoringPipeline(this, 'Scoring', {
      scorer: this.scorerFunction.fn,
      scorerTimeout: SCORER_TIMEOUT,
      maxReceiveCount: 5,
    });

    this.sweep = new ScoringSweep(this, 'ScoringSweep', {
      functionDefaults,
      queue: this.scoring.queue,
      environment: shared,
      every: Duration.minutes(15),
      staleAfter: Duration.minutes(15),
    });

    this.web = new WebHosting(this, 'Web', {
      features,
      domain: props.webDomain,
      projectRoot: props.projectRoot,
      connectSources: [
        ...connectSources(this.region, features.urlSuffix, props.identity),
        ...(props.apiDomain ? [`https://${props.apiDomain.name}`] : []),
      ],
    });

    this.apiFunction = new HandlerFunction(this, 'Api', {
      ...functionDefaults,
      handler: 'api',
      serviceName: 'dabiao-api',
      // API Gateway gives up after 30 s; a longer Lambda would only burn money.
      timeout: Duration.seconds(29),
      memorySize: 1024,
      environment: {
        ...shared,
        EVIDENCE_BUCKET: props.evidenceBucket.bucketName,
        SCORING_QUEUE_URL: this.scoring.queue.queueUrl,
        DOCS_ASSETS_URL: `${this.web.url}/${DOCS_ASSETS_PREFIX}`,
      },
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

    this.seeding = new ChecklistSeeding(this, 'Seeding', {
      projectRoot: props.projectRoot,
      environment: shared,
      logRetention: LOG_RETENTION,
      tracing: features.lambdaTracing,
    });
    grantTable(props.table, this.seeding.handler.fn, SEEDING_TABLE_ACTIONS);

    this.api = new DabiaoHttpApi(this, 'Http', {
      handler: this.apiFunction.fn,
      webOrigins: [...new Set([this.web.url, ...props.webOrigins])],
      jwtAuthorizer: (apiEndpoint) => gatewayAuthorizer(props.identity, { region: this.region, urlSuffix: features.urlSuffix, apiEndpoint }),
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
      loginThrottle: { rateLimit: 2, burstLimit: 5 },
      logRetention: LOG_RETENTION,
      domain: props.apiDomain,
    });
    const issuerAt: IssuerContext = { region: this.region, urlSuffix: features.urlSuffix, apiEndpoint: this.api.baseUrl };
    this.issuer = issuerOf(props.identity, issuerAt);
    this.apiUrl = props.apiDomain ? `${this.api.baseUrl}/` : this.api.stage.url;
    for (const fn of [this.apiFunction.fn, this.scorerFunction.fn, this.sweep.fn, this.seeding.handler.fn]) {
      for (const [name, value] of Object.entries(identityEnv(props.identity, issuerAt))) fn.addEnvironment(name, value);
    }
    if (props.identity.kind === 'builtin') {
      // The API signs tokens and publishes the public key (JWKS); nothing else may use the key.
      this.apiFunction.fn.addToRolePolicy(
        new iam.PolicyStatement({ actions: ['kms:Sign', 'kms:GetPublicKey'], resources: [props.identity.signingKey.keyArn] }),
      );
      // Read once per deploy, so verifying a token never loads the KMS client (GetPublicKey above
      // stays for an API started without it: it then fetches the key with the first token).
      const publicKey = new TokenPublicKey(this, 'TokenPublicKey', {
        projectRoot: props.projectRoot,
        signingKey: props.identity.signingKey,
        algorithm: props.identity.algorithm,
        logRetention: LOG_RETENTION,
        tracing: features.lambdaTracing,
      });
      this.apiFunction.fn.addEnvironment('TOKEN_PUBLIC_JWK', publicKey.jwk);
      if (!this.api.authorizer) {
        Annotations.of(this).addWarningV2(
          'dabiao:no-gateway-authorizer',
          `tokenAlgorithm=${props.identity.algorithm}: API Gateway's JWT authorizer verifies RSA signatures only, so the gateway ` +
            'lets every request through to the API Lambda, which verifies the token itself. Use tokenAlgorithm=RS256 to check tokens at the gateway.',
        );
      }
    }
    this.web.deployContent({
      apiUrl: this.apiUrl,
      region: this.region,
      auth: runtimeAuth(props.identity, issuerAt),
    });

    this.alarms = new ApiAlarms(this, 'Alarm', {
      api: this.api.api,
      functions: { Api: this.apiFunction.fn, Scorer: this.scorerFunction.fn, Sweep: this.sweep.fn },
      otherAlarms: [this.scoring.deadLetterAlarm, this.scoring.backlogAlarm],
      email: props.alarmEmail,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.apiUrl });
    if (this.api.domainTarget) new CfnOutput(this, 'ApiDomainTarget', { value: this.api.domainTarget, description: 'Point the API domain (CNAME) here' });
    new CfnOutput(this, 'Issuer', { value: this.issuer, description: 'The iss of the tokens the API accepts' });
    // Also here (besides the stateful stack) so `npm run first-admin -- --stack <either stack>` finds it.
    new CfnOutput(this, 'TableName', { value: props.table.tableName });
    new CfnOutput(this, 'WebUrl', { value: this.web.url, description: 'Point the web domain (CNAME) at WebDistributionDomain' });
    new CfnOutput(this, 'WebDistributionDomain', { value: this.web.distribution.distributionDomainName });
    new CfnOutput(this, 'WebBucketName', { value: this.web.bucket.bucketName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
    new CfnOutput(this, 'ScoringQueueUrl', { value: this.scoring.queue.queueUrl });
    new CfnOutput(this, 'ScoringDeadLetterQueueUrl', { value: this.scoring.deadLetterQueue.queueUrl });
  }
}

/** What pages may connect to: this region's API Gateway and S3 endpoints, and the token issuer. */
function connectSources(region: string, urlSuffix: string, identity: ApiIdentity): string[] {
  const issuer = identityOrigins(identity, { region, urlSuffix });
  return [`https://*.execute-api.${region}.${urlSuffix}`, `https://*.s3.${region}.${urlSuffix}`, ...issuer];
}

/** Item-level actions only, on the table and its indexes: never Scan, never table management. */
function grantTable(table: dynamodb.ITable, fn: lambda.IFunction, actions: readonly string[]): void {
  acknowledgeWildcardResources(
    fn,
    'Item actions on the table’s indexes (the GSIs of ACCESS-PATTERNS.md), and for the API on evidence objects, whose keys are made per submission at run time',
    (resource) => resource.endsWith('/index/*') || (resource.includes('EvidenceBucket') && resource.endsWith('/*')),
  );
  fn.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: actions.map((action) => `dynamodb:${action}`),
      resources: [table.tableArn, `${table.tableArn}/index/*`],
    }),
  );
}
