import { App } from 'aws-cdk-lib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createStacks } from './create-stacks.js';
import { resolveDeployment } from './deployment-config.js';

/** Repository root, as `infra/app.ts` computes it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The settings the tests deploy with unless they say otherwise (`-c key=value` in a real synth). */
export const TEST_SETTINGS: Record<string, string> = {
  region: 'cn-north-1',
  webOrigins: 'https://dabiao.example.cn',
  alarmEmail: 'ops@example.cn',
  domainName: 'dabiao.example.cn',
  certificate: 'ASCACKCEVSQ6C2EXAMPLE',
  // A commission's own OpenID Connect issuer (the built-in directory, the default, is covered by identity.test.ts).
  oidcIssuer: 'https://idp.example.cn',
  oidcAudience: 'dabiao',
};

/**
 * Both stacks built the way `cdk synth` builds them (same feature flags from cdk.json), for
 * template assertions. `bundle: false` skips esbuild for tests that only read the templates;
 * `settings` replace {@link TEST_SETTINGS} (a key set to undefined removes it). CDK's built-in
 * CloudFormation validation is off in the default app: it took over 30 s of a 2-core machine per
 * synth (`cdk synth` still runs it); a test that reads its warnings passes its own `app`.
 */
export function synthTestStacks(options: { bundle: boolean; outdir?: string; settings?: Record<string, string | undefined>; app?: App }) {
  const cdkJson = JSON.parse(readFileSync(`${PROJECT_ROOT}/cdk.json`, 'utf8')) as { context: Record<string, unknown> };
  const app = options.app ?? new App({
    outdir: options.outdir,
    builtinCloudFormationValidation: false,
    context: { ...cdkJson.context, ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
  });
  const settings = { ...TEST_SETTINGS, ...options.settings };
  const stacks = createStacks(app, {
    deployment: resolveDeployment((key) => settings[key], { account: '123456789012' }),
    projectRoot: PROJECT_ROOT,
  });
  return { ...stacks, app };
}
