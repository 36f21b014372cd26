import { App } from 'aws-cdk-lib';
import { fileURLToPath } from 'node:url';
import { createStacks } from './create-stacks.js';
import { resolveDeployment } from './deployment-config.js';
import { addNagChecks } from './nag-checks.js';

// The only place that reads the environment: everything below receives plain props. A setting
// is `-c name=value` or the environment variable DABIAO_<NAME> (e.g. DABIAO_ALARM_EMAIL).
const app = new App();
const envName = (key: string) => `DABIAO_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
const setting = (key: string) => {
  const value = app.node.tryGetContext(key) as unknown;
  return value === undefined || value === '' ? process.env[envName(key)] || undefined : String(value);
};
createStacks(app, {
  deployment: resolveDeployment(setting, { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION }),
  projectRoot: fileURLToPath(new URL('..', import.meta.url)),
});
// The same rule packs the tests run: a deploy cannot carry a finding nobody acknowledged.
addNagChecks(app);
app.synth();
