import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from './nag-checks.js';

/** Props of {@link ScoringPipeline}. */
export interface ScoringPipelineProps {
  /** The scoring Lambda; its timeout sets the queue's visibility timeout. */
  scorer: lambda.IFunction;
  scorerTimeout: Duration;
  /** Deliveries of one message before it is parked in the dead-letter queue. */
  maxReceiveCount: number;
}

/**
 * The queue between the API and the scorer. FIFO, grouped by submission, so a double submit is
 * deduplicated and two revisions of one submission are never scored at the same time; a message
 * that keeps failing lands in the dead-letter queue, where an alarm notices it. The submission
 * itself is untouched by a failure: an administrator can re-score it.
 */
export class ScoringPipeline extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly deadLetterAlarm: cloudwatch.Alarm;
  readonly backlogAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: ScoringPipelineProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      fifo: true,
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      fifo: true,
      contentBasedDeduplication: false,
      // AWS's guidance: at least six times the consumer's timeout, so a slow batch is not redelivered.
      visibilityTimeout: Duration.seconds(props.scorerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });
    props.scorer.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        // Bounds the write pressure on the on-demand table when a whole round is submitted at once.
        maxConcurrency: 5,
      }),
    );
    acknowledge(this.deadLetterQueue, {
      'Serverless-SQSRedrivePolicy': 'This is the dead-letter queue: its messages wait (14 days, alarmed) for a fix and a redrive or re-score',
    });
    acknowledge(props.scorer, {
      'Serverless-LambdaEventSourceMappingDestination': 'Failed messages go to the queue’s own dead-letter queue (redrive policy), which an alarm watches',
    });
    this.deadLetterAlarm = this.deadLetterQueue
      .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' })
      .createAlarm(this, 'DeadLetterAlarm', {
        alarmDescription: 'Submissions could not be scored after all retries; inspect the DLQ, fix, then re-score',
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    this.backlogAlarm = this.queue
      .metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' })
      .createAlarm(this, 'BacklogAlarm', {
        alarmDescription: 'Scoring is falling behind: the oldest message waited over 15 minutes',
        threshold: Duration.minutes(15).toSeconds(),
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
  }
}
