import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { HandlerFunction, type HandlerFunctionProps } from './handler-function.js';
import { acknowledge } from './nag-checks.js';

/** Props of {@link ScoringSweep}. */
export interface ScoringSweepProps {
  /** What every function of the stack shares: repository root, log retention, tracing. */
  functionDefaults: Pick<HandlerFunctionProps, 'projectRoot' | 'logRetention' | 'tracing'>;
  /** The scoring queue it sends to. */
  queue: sqs.IQueue;
  /** Environment the function needs besides the queue URL (table, identity settings for loadConfig). */
  environment: Record<string, string>;
  /** How often it runs, and how long a submission may wait in `submitted` before it is re-queued. */
  every: Duration;
  staleAfter: Duration;
}

/**
 * A scheduled Lambda that re-queues scoring lost between a submit's 202 and the scorer
 * (ACCESS-PATTERNS.md, "Lost scoring work"). The caller grants it read access to the table.
 */
export class ScoringSweep extends Construct {
  readonly fn: lambda.Function;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: ScoringSweepProps) {
    super(scope, id);
    const handler = new HandlerFunction(this, 'Handler', {
      ...props.functionDefaults,
      handler: 'sweep',
      serviceName: 'dabiao-sweep',
      timeout: Duration.minutes(1),
      memorySize: 256,
      environment: {
        ...props.environment,
        SCORING_QUEUE_URL: props.queue.queueUrl,
        SCORING_STALE_MINUTES: String(props.staleAfter.toMinutes()),
      },
    });
    this.fn = handler.fn;
    props.queue.grantSendMessages(this.fn);
    this.rule = new events.Rule(this, 'Schedule', {
      description: 'Re-queue scoring of submissions that waited too long in submitted',
      schedule: events.Schedule.rate(props.every),
      // A failed run is simply retried by the next one; no pile-up of retries in between.
      targets: [new targets.LambdaFunction(this.fn, { retryAttempts: 0 })],
    });
    acknowledge(this.rule, {
      'Serverless-EventBusDLQ': 'A failed sweep is redone by the next scheduled run 15 minutes later and has no event worth keeping: the submissions it re-queues stay findable in the index.',
    });
  }
}
