import { Stack, Validations, type App } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/**
 * The cdk-nag rule packs every synth runs (AwsSolutions and Serverless). A finding fails the
 * synth; one that does not apply is acknowledged where the resource is made, with its reason.
 */
export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
}

/** The finding id cdk-nag gives the managed policy every Lambda role gets to write its logs. */
export const BASIC_EXECUTION_ROLE_FINDING = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/** Acknowledges cdk-nag rules (or single findings, `Rule[finding]`) on `scope` and its children, each with its reason. */
export function acknowledge(scope: IConstruct, reasons: Record<string, string>): void {
  for (const [id, reason] of Object.entries(reasons)) Validations.of(scope).acknowledge({ id, reason });
}

/**
 * Acknowledges the wildcard resources (`AwsSolutions-IAM5[Resource::…]`) of the IAM policies
 * under `scope` that `allowed` accepts, one finding at a time, so a wildcard nobody reviewed
 * still fails. Finding ids embed the resolved ARN, known only once references are resolved:
 * hence a construct validation, which runs after that and before the rule packs.
 */
export function acknowledgeWildcardResources(scope: IConstruct, reason: string, allowed: (resource: string) => boolean): void {
  scope.node.addValidation({
    validate: () => {
      for (const child of scope.node.findAll()) {
        if (!(child instanceof iam.CfnPolicy)) continue;
        const document = Stack.of(child).resolve(child.policyDocument) as { Statement?: { Effect: string; Resource: unknown }[] };
        for (const statement of document.Statement ?? []) {
          for (const resource of [statement.Resource].flat().map(flattenCfnReference)) {
            if (statement.Effect === 'Allow' && resource.includes('*') && allowed(resource)) {
              Validations.of(child).acknowledge({ id: `AwsSolutions-IAM5[Resource::${resource}]`, reason });
            }
          }
        }
      }
      return [];
    },
  });
}
