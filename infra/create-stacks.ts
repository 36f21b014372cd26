import type { App } from 'aws-cdk-lib';
import type { DeploymentConfig } from './deployment-config.js';
import { StatefulStack } from './stateful-stack.js';
import { StatelessStack, type ApiIdentity } from './stateless-stack.js';

/** Inputs of {@link createStacks}, read from context and environment by `infra/app.ts` only. */
export interface DabiaoStacksProps {
  deployment: DeploymentConfig;
  /** Absolute path of the repository root. */
  projectRoot: string;
}

/**
 * Both stacks of the product for one region, in either partition; the stateless one reads the
 * stateful one's resources through weak references (cdk.json), so neither blocks changes to
 * the other.
 */
export function createStacks(app: App, props: DabiaoStacksProps): { stateful: StatefulStack; stateless: StatelessStack } {
  const { deployment } = props;
  const env = { account: deployment.account, region: deployment.region };
  const stateful = new StatefulStack(app, 'DabiaoStateful', {
    env,
    description: {
      cognito: 'Dabiao data: DynamoDB table, evidence bucket, Cognito user pool (retained)',
      builtin: 'Dabiao data: DynamoDB table, evidence bucket, token signing key (retained)',
      oidc: 'Dabiao data: DynamoDB table, evidence bucket (retained)',
    }[deployment.identity.kind],
    terminationProtection: true,
    webOrigins: deployment.webOrigins,
    userPool: deployment.identity.kind === 'cognito',
    tokenSigning: deployment.identity.kind === 'builtin' ? deployment.identity.algorithm : undefined,
  });
  const identity: ApiIdentity =
    deployment.identity.kind === 'cognito'
      ? { ...deployment.identity, userPool: stateful.userPool!, userPoolClient: stateful.userPoolClient! }
      : deployment.identity.kind === 'builtin'
        ? { ...deployment.identity, signingKey: stateful.tokenSigningKey! }
        : deployment.identity;
  const stateless = new StatelessStack(app, 'DabiaoStateless', {
    env,
    description: 'Dabiao code: API and scoring Lambdas, HTTP API, web hosting, scoring queue, alarms',
    projectRoot: props.projectRoot,
    table: stateful.table,
    evidenceBucket: stateful.evidenceBucket,
    identity,
    features: deployment.features,
    webOrigins: deployment.webOrigins,
    webDomain: deployment.webDomain,
    apiDomain: deployment.apiDomain,
    alarmEmail: deployment.alarmEmail,
  });
  // Weak references do not order the deploys by themselves.
  stateless.addStackDependency(stateful);
  return { stateful, stateless };
}
