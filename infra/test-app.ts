import { App } from 'aws-cdk-lib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createStacks } from './create-stacks.js';

/** Repository root, as `infra/app.ts` computes it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Both stacks built the way `cdk synth` builds them (same feature flags from cdk.json), for
 * template assertions. `bundle: false` skips esbuild for tests that only read the templates.
 * CDK's built-in CloudFormation validation is off: it only prints warnings the tests do not read,
 * and it took over 30 s of a 2-core machine per synth (`cdk synth` still runs it).
 */
export function synthTestStacks(options: { bundle: boolean; outdir?: string }) {
  const cdkJson = JSON.parse(readFileSync(`${PROJECT_ROOT}/cdk.json`, 'utf8')) as { context: Record<string, unknown> };
  const app = new App({
    outdir: options.outdir,
    builtinCloudFormationValidation: false,
    context: { ...cdkJson.context, ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
  });
  return createStacks(app, {
    env: { account: '123456789012', region: 'cn-north-1' },
    projectRoot: PROJECT_ROOT,
    webOrigins: ['https://dabiao.example.cn'],
    alarmEmail: 'ops@example.cn',
  });
}
