import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyResult } from 'aws-lambda';
import type { Env, Hono } from 'hono';
import { apiGatewayAdapter, type FetchApp } from './light-fetch/api-gateway-adapter.js';

/**
 * The API's Middy entry point around a Hono app: Powertools adds the request id to every log line
 * and flushes metrics (a cold-start count, responses per status class) after each invocation.
 */
export function createApiHandler<E extends Env>(app: Hono<E>, observe: { logger: Logger; metrics: Metrics }) {
  // Hono's own Lambda adapter builds web Requests and reads Responses, which loads Node's fetch
  // implementation on the first event; this one does not (light-fetch/api-gateway-adapter.ts).
  const adapter = apiGatewayAdapter(app as unknown as FetchApp);
  return middy<APIGatewayProxyEventV2, APIGatewayProxyResult>()
    .use(injectLambdaContext(observe.logger, { resetKeys: true }))
    .use(logMetrics(observe.metrics, { captureColdStartMetric: true }))
    .handler(async (event, context) => {
      const response = (await adapter(event, context)) as APIGatewayProxyResult;
      // One count per response class; it also keeps Powertools from warning about an empty flush.
      observe.metrics.addMetric(`Responses${Math.floor(response.statusCode / 100)}xx`, MetricUnit.Count, 1);
      return response;
    });
}
