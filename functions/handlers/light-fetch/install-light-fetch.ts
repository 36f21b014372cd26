import { LightHeaders } from './light-headers.js';
import { LightResponse } from './light-response.js';
import { replaceFetchGlobal } from './native-fetch.js';

/**
 * Makes the global `Headers` and `Response` the light ones, before the first event. Hono calls
 * `new Headers()` and `new Response()` for every answer, and on Node (20 and 22) those globals are
 * lazy: their first touch loads Node's whole `fetch` implementation (undici with `http2`,
 * `assert`, `perf_hooks` and `worker_threads`: 35–75 ms of CPU, a third of a cold API's first
 * event). The light classes answer what Hono and the API use and hand anything else to Node's
 * own (see light-response.ts); `fetch` and `Request` stay Node's. Only the Lambda entry calls
 * this: the local server (`@hono/node-server`) and the tests keep Node's globals.
 */
export function installLightFetch(): void {
  replaceFetchGlobal('Headers', LightHeaders);
  replaceFetchGlobal('Response', LightResponse);
}
