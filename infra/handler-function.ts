import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { HANDLER_BUNDLE } from './handler-bundle.js';

/** Props of {@link HandlerFunction}. */
export interface HandlerFunctionProps {
  /** Path of the Middy entry point, e.g. `functions/handlers/api.ts`. */
  entry: string;
  /** Powertools service name: shows up in every log line and as the metrics dimension. */
  serviceName: string;
  timeout: Duration;
  memorySize: number;
  environment: Record<string, string>;
  logRetention: logs.RetentionDays;
  /** Files copied beside the bundle: `[repo-relative source, bundle-relative target]`. */
  assets?: readonly (readonly [string, string])[];
}

/**
 * A Node.js Lambda as this product runs them: bundled locally by esbuild (no Docker) with the
 * options `npm run build` uses, ARM, JSON logs with a retained log group, Powertools configured
 * through the environment.
 */
export class HandlerFunction extends Construct {
  readonly fn: nodejs.NodejsFunction;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.fn = new nodejs.NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: 'Dabiao',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        forceDockerBundling: false,
        format: nodejs.OutputFormat.ESM,
        target: HANDLER_BUNDLE.target,
        mainFields: [...HANDLER_BUNDLE.mainFields],
        banner: HANDLER_BUNDLE.banner,
        minify: HANDLER_BUNDLE.minify,
        sourceMap: true,
        sourcesContent: false,
        // Bundle the SDK too: the runtime's copy lags behind the versions the code was tested with.
        externalModules: [],
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) =>
            (props.assets ?? []).flatMap(([source, target]) => [
              `mkdir -p "$(dirname "${outputDir}/${target}")"`,
              `cp "${inputDir}/${source}" "${outputDir}/${target}"`,
            ]),
        },
      },
    });
  }
}
