import { createApp } from '../api/app.js';
import { loadConfig } from '../config.js';
import { createApiDeps } from './api-deps.js';
import { createApiHandler } from './api-handler.js';

// Once per cold start: parse the environment (failing init loudly if it is wrong) and build the
// clients. Nothing here touches the network; connections open on the first request.
const app = createApp(createApiDeps(loadConfig(process.env)));

/**
 * Lambda entry point of the HTTP API (API Gateway HTTP API, payload format 2.0). Middy and the
 * light adapter are part of the init, not a chunk of their own loaded by the first event: the
 * file Node's loader would open for them cost the first event more than parsing their 10 KB
 * (test/bench/README.md, "Lambda bundles").
 */
export const handler = createApiHandler(app, { lightFetch: true });
