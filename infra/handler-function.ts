import { AssetHashType, DockerImage, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { buildHandlerBundle, type HandlerName } from './handler-bundle.js';
import { acknowledge, BASIC_EXECUTION_ROLE_FINDING } from './nag-checks.js';

/** Props of {@link HandlerFunction}. */
export interface HandlerFunctionProps {
  /** Which bundle of `HANDLER_BUNDLE.entries` runs. */
  handler: HandlerName;
  /** Absolute path of the repository root. */
  projectRoot: string;
  /** Powertools service name: shows up in every log line and as the metrics dimension. */
  serviceName: string;
  timeout: Duration;
  memorySize: number;
  environment: Record<string, string>;
  logRetention: logs.RetentionDays;
  /** X-Ray active tracing: only where the partition has Lambda's X-Ray integration (not in China). */
  tracing: boolean;
}

/**
 * A Node.js Lambda as this product runs them: bundled locally by esbuild (no Docker) with the
 * options `npm run build` uses, code-split so lazy imports stay out of the cold start, ARM, JSON
 * logs with a retained log group, Powertools configured through the environment.
 */
export class HandlerFunction extends Construct {
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const code = lambda.Code.fromAsset(join(props.projectRoot, 'functions'), {
      // The bundle, not the sources, decides whether a new version is deployed.
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // Never used: local bundling always succeeds or throws.
        image: DockerImage.fromRegistry('scratch'),
        // CDK caches a bundle by source path and bundling options, and a local bundler's function
        // is not part of that key: naming the handler here keeps each function's bundle its own.
        command: ['esbuild', props.handler],
        local: {
          tryBundle(outputDir: string) {
            buildHandlerBundle(props.projectRoot, props.handler, outputDir);
            return true;
          },
        },
      },
    });
    this.fn = new lambda.Function(this, 'Function', {
      code,
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: props.tracing ? lambda.Tracing.ACTIVE : lambda.Tracing.DISABLED,
      // No NODE_OPTIONS=--enable-source-maps: Node then parses every loaded chunk's map during the
      // cold start (`npm run bench`: a third slower). The maps ship beside the code; set the option
      // on a function while debugging to get original file names and lines in stack traces.
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: 'Dabiao',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    acknowledge(this, {
      [BASIC_EXECUTION_ROLE_FINDING]: 'AWSLambdaBasicExecutionRole only lets the function write its own logs (to the retained log group above)',
      'AwsSolutions-L1': 'Node.js 22 is the runtime the bundles target and are tested on (HANDLER_BUNDLE.target); moving is a deliberate change',
      'Serverless-LambdaLatestVersion': 'Node.js 22 is the runtime the bundles target and are tested on (HANDLER_BUNDLE.target); moving is a deliberate change',
      'Serverless-LambdaDLQ': 'No asynchronous invocations: the API and seeding are called synchronously, the scorer by an SQS event source whose queue has its own dead-letter queue',
      ...(props.tracing ? {} : { 'Serverless-LambdaTracing': 'Lambda has no X-Ray integration in the China regions (infra/README.md)' }),
      // X-Ray's PutTraceSegments/PutTelemetryRecords cannot be scoped to a resource.
      ...(props.tracing ? { 'AwsSolutions-IAM5[Resource::*]': 'X-Ray trace upload actions do not support resource-level permissions' } : {}),
    });
  }
}
