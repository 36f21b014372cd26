import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';

/**
 * The cdk-nag rule packs every synth runs (AwsSolutions and Serverless). A finding fails the
 * synth; one that does not apply is acknowledged where the resource is made, with its reason.
 */
export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
}
