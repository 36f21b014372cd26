import middy from '@middy/core';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyResult } from 'aws-lambda';
import type { Env, Hono } from 'hono';
import { apiGatewayAdapter, type FetchApp } from './light-fetch/api-gateway-adapter.js';
import { installLightFetch } from './light-fetch/install-light-fetch.js';

/**
 * The API's Middy entry point around a Hono app: Powertools' `logMetrics` flushes metrics as EMF
 * after every invocation (a cold-start count, responses per status class), whether it answered
 * or threw. Unlike the other functions it has no Powertools logger: the API logs nothing through
 * one (errors go to `console`, which Lambda tags with the request id), and the logger was most of
 * the ≈ 25 ms of CPU that the wrapping cost a cold instance's first request (test/bench/README.md,
 * "Lambda bundles"); Middy's core and the metrics middleware are a few KB.
 */
export function createApiHandler<E extends Env>(app: Hono<E>, observe: { metrics: Metrics }, options: { lightFetch?: boolean } = {}) {
  // Hono's Headers and Responses become light ones before the first request reaches the app, so
  // no event loads Node's fetch implementation (light-fetch/install-light-fetch.ts). Set here,
  // with the first event, so that the init does not parse these classes; the Lambda entry asks for it.
  if (options.lightFetch) installLightFetch();
  // Hono's own Lambda adapter builds web Requests and reads Responses, which loads Node's fetch
  // implementation on the first event; this one does not (light-fetch/api-gateway-adapter.ts).
  const adapter = apiGatewayAdapter(app as unknown as FetchApp);
  const { metrics } = observe;
  return middy<APIGatewayProxyEventV2, APIGatewayProxyResult>()
    .use(logMetrics(metrics, { captureColdStartMetric: true }))
    .handler(async (event, context) => {
      const response = (await adapter(event, context)) as APIGatewayProxyResult;
      // One count per response class; it also keeps Powertools from warning about an empty flush.
      metrics.addMetric(`Responses${Math.floor(response.statusCode / 100)}xx`, MetricUnit.Count, 1);
      return response;
    });
}
