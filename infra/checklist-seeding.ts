import { CustomResource, Duration } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HandlerFunction } from './handler-function.js';

/** Props of {@link ChecklistSeeding}. */
export interface ChecklistSeedingProps {
  projectRoot: string;
  /** The function's environment (table name, auth settings loadConfig expects). */
  environment: Record<string, string>;
  logRetention: logs.RetentionDays;
  tracing: boolean;
}

/** One fingerprint of every `forms/<id>/checklist.json`: a change to any of them re-runs the seeding. */
export function formsFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  const formsDir = join(projectRoot, 'forms');
  for (const name of readdirSync(formsDir).sort()) {
    const file = join(formsDir, name, 'checklist.json');
    if (!name.startsWith('_') && existsSync(file)) hash.update(name).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Publishes the checklists in `forms/` on deploy: a custom resource backed by the
 * `seed-checklists` Lambda, which goes through the checklist service (validation, audit) and
 * skips versions already published. It runs again whenever a form file changes.
 */
export class ChecklistSeeding extends Construct {
  readonly handler: HandlerFunction;
  readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: ChecklistSeedingProps) {
    super(scope, id);
    this.handler = new HandlerFunction(this, 'Handler', {
      handler: 'seed-checklists',
      projectRoot: props.projectRoot,
      serviceName: 'dabiao-seed-checklists',
      // Fourteen checklists are compiled and written one by one: seconds, not minutes.
      timeout: Duration.minutes(5),
      memorySize: 1024,
      environment: props.environment,
      logRetention: props.logRetention,
      tracing: props.tracing,
    });
    this.resource = new CustomResource(this, 'Checklists', {
      serviceToken: this.handler.fn.functionArn,
      resourceType: 'Custom::DabiaoChecklists',
      properties: { FormsFingerprint: formsFingerprint(props.projectRoot) },
    });
  }
}
