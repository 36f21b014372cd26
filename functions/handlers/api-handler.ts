import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResult } from 'aws-lambda';
import type { Env, Hono } from 'hono';
import { apiGatewayAdapter, type FetchApp } from './light-fetch/api-gateway-adapter.js';
import { installLightFetch } from './light-fetch/install-light-fetch.js';

/**
 * The API's Middy entry point around a Hono app. It has neither Powertools' logger nor its
 * metrics: the API logs nothing through a logger (errors go to `console`, which Lambda tags with
 * the request id), and what its metrics counted (responses per status class, cold starts) API
 * Gateway and Lambda already publish for every request: the HTTP API's `Count`, `4xx`, `5xx` and
 * `Latency` (the 5xx alarm reads them, infra/api-alarms.ts) and Lambda's `Invocations`, `Errors`,
 * `Duration` and each cold start's `Init Duration` in its REPORT log line. Together they were a
 * third of the work a cold instance's first request added to the init (test/bench/README.md,
 * "Lambda bundles"); the scorer and the sweep, whose counts are their own, keep Powertools.
 */
export function createApiHandler<E extends Env>(app: Hono<E>, options: { lightFetch?: boolean } = {}) {
  // Hono's Headers and Responses become light ones before the first request reaches the app, so
  // no event loads Node's fetch implementation (light-fetch/install-light-fetch.ts). Only the
  // Lambda entry asks for it; the tests keep Node's globals.
  if (options.lightFetch) installLightFetch();
  // Hono's own Lambda adapter builds web Requests and reads Responses, which loads Node's fetch
  // implementation on the first event; this one does not (light-fetch/api-gateway-adapter.ts).
  const adapter = apiGatewayAdapter(app as unknown as FetchApp);
  return middy<APIGatewayProxyEventV2, APIGatewayProxyResult>().handler(async (event, context) => (await adapter(event, context)) as APIGatewayProxyResult);
}
