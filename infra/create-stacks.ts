import type { App, Environment } from 'aws-cdk-lib';
import { StatefulStack } from './stateful-stack.js';
import { StatelessStack } from './stateless-stack.js';

/** Inputs of {@link createStacks}, read from the environment by `infra/app.ts` only. */
export interface DabiaoStacksProps {
  env?: Environment;
  /** Absolute path of the repository root. */
  projectRoot: string;
  /** Browser origins allowed to upload evidence directly to S3. */
  webOrigins: string[];
  alarmEmail?: string;
}

/** Both stacks of the product; the stateless one reads the stateful one's resources. */
export function createStacks(app: App, props: DabiaoStacksProps): { stateful: StatefulStack; stateless: StatelessStack } {
  const stateful = new StatefulStack(app, 'DabiaoStateful', {
    env: props.env,
    description: 'Dabiao data: DynamoDB table, evidence bucket, Cognito user pool (retained)',
    terminationProtection: true,
    webOrigins: props.webOrigins,
  });
  const stateless = new StatelessStack(app, 'DabiaoStateless', {
    env: props.env,
    description: 'Dabiao code: API and scoring Lambdas, HTTP API, scoring queue, alarms',
    projectRoot: props.projectRoot,
    table: stateful.table,
    evidenceBucket: stateful.evidenceBucket,
    userPool: stateful.userPool,
    userPoolClient: stateful.userPoolClient,
    alarmEmail: props.alarmEmail,
  });
  return { stateful, stateless };
}
