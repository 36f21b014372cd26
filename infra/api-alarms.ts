import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { acknowledge } from './nag-checks.js';

/** Props of {@link ApiAlarms}. */
export interface ApiAlarmsProps {
  api: apigwv2.IHttpApi;
  /** Functions whose errors and throttles page someone, by a short name used in alarm ids. */
  functions: Record<string, lambda.IFunction>;
  /** Alarms created elsewhere (the scoring queue's) that notify the same topic. */
  otherAlarms: cloudwatch.Alarm[];
  /** Subscribed by email to the topic; none when unset (subscribe later in the console). */
  email?: string;
}

/**
 * Everything that should wake someone, on one SNS topic: server errors of the API, errors and
 * throttles of each Lambda, and the alarms passed in (dead-letter queue, scoring backlog).
 */
export class ApiAlarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ApiAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { enforceSSL: true });
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
    acknowledge(this.topic, {
      'Serverless-SNSRedrivePolicy': 'An email subscription: SNS retries delivery itself, and a dead-letter queue for alarm mails would need its own alarm',
    });
    const action = new cloudwatchActions.SnsAction(this.topic);

    const fiveMinutes = { period: Duration.minutes(5), statistic: 'Sum' } as const;
    const alarm = (alarmId: string, metric: cloudwatch.IMetric, description: string, threshold = 0) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        metric,
        alarmDescription: description,
        threshold,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      this.alarms.push(created);
    };
    // A handful of 5xx in five minutes is a bug or an outage, not noise: the API answers every
    // client mistake with a 4xx.
    alarm('Api5xx', props.api.metricServerError(fiveMinutes), 'The API answered with 5xx more than 5 times in 5 minutes', 5);
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`${name}Errors`, fn.metricErrors(fiveMinutes), `The ${name} Lambda failed (uncaught error or timeout)`);
      alarm(`${name}Throttles`, fn.metricThrottles(fiveMinutes), `The ${name} Lambda was throttled: raise its concurrency or the account limit`);
    }
    for (const other of props.otherAlarms) other.addAlarmAction(action);
  }
}
