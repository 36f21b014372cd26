import { App } from 'aws-cdk-lib';
import { fileURLToPath } from 'node:url';
import { createStacks } from './create-stacks.js';

// The only place that reads the environment: everything below receives plain props.
const app = new App();
createStacks(app, {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  projectRoot: fileURLToPath(new URL('..', import.meta.url)),
  webOrigins: (process.env.DABIAO_WEB_ORIGINS ?? '*').split(',').map((origin) => origin.trim()).filter(Boolean),
  alarmEmail: process.env.DABIAO_ALARM_EMAIL || undefined,
});
app.synth();
