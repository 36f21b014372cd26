import { createApp } from '../api/app.js';
import { loadConfig } from '../config.js';
import { createApiDeps } from './api-deps.js';
import { lazyHandler } from './lazy-handler.js';

// Once per cold start: parse the environment (failing init loudly if it is wrong) and build the
// clients. Nothing here touches the network; connections open on the first request.
const app = createApp(createApiDeps(loadConfig(process.env)));

/**
 * Lambda entry point of the HTTP API (API Gateway HTTP API, payload format 2.0). Powertools'
 * metrics and the Lambda adapter load with the first event (see lazy-handler.ts, api-handler.ts).
 */
export const handler = lazyHandler(async () => {
  const { createApiHandler, createApiMetrics } = await import('./api-lambda.js');
  return createApiHandler(app, createApiMetrics(), { lightFetch: true });
});
