import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { Env, Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

type LambdaAdapter = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResult>;

/**
 * The API's Middy entry point around a Hono app: Powertools adds the request id to every log line
 * and flushes metrics (a cold-start count, responses per status class) after each invocation.
 */
export function createApiHandler<E extends Env>(app: Hono<E>, observe: { logger: Logger; metrics: Metrics }) {
  const adapter = handle(app) as LambdaAdapter;
  return middy<APIGatewayProxyEventV2, APIGatewayProxyResult>()
    .use(injectLambdaContext(observe.logger, { resetKeys: true }))
    .use(logMetrics(observe.metrics, { captureColdStartMetric: true }))
    .handler(async (event, context) => {
      const response = await adapter(event, context);
      // One count per response class; it also keeps Powertools from warning about an empty flush.
      observe.metrics.addMetric(`Responses${Math.floor(response.statusCode / 100)}xx`, MetricUnit.Count, 1);
      return response;
    });
}
