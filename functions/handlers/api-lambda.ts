/**
 * What the API's first event loads (Middy, the light adapter, Powertools' metrics), behind one
 * `import()` in api.ts: esbuild makes one chunk of what only one dynamic import reaches, where two
 * imports made three files (each its own chunk plus the Powertools code they share), and Node's
 * loader pays for every file a cold start opens.
 */
export { createApiHandler } from './api-handler.js';
export { createApiMetrics } from './api-metrics.js';
