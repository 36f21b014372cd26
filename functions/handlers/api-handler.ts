import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { Env, Hono } from 'hono';
import { apiGatewayAdapter, type FetchApp } from './light-fetch/api-gateway-adapter.js';
import { installLightFetch } from './light-fetch/install-light-fetch.js';

/**
 * The API's Lambda entry point around a Hono app: Powertools' metrics, flushed after every
 * invocation as EMF (a cold-start count, responses per status class), exactly as its
 * `logMetrics` middleware would (cold start captured before the handler, stored metrics
 * published after it, whether it answered or threw). Unlike the other functions this one is not
 * wrapped in Middy, and has no Powertools logger: the API logs nothing through one (errors go to
 * `console`, which Lambda tags with the request id), and Middy and the logger were ≈ 25 ms of
 * CPU on every cold instance's first request (test/bench/README.md, "Lambda bundles").
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
  return async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyResult> => {
    metrics.captureColdStartMetric(context.functionName);
    try {
      const response = (await adapter(event, context)) as APIGatewayProxyResult;
      // One count per response class; it also keeps Powertools from warning about an empty flush.
      metrics.addMetric(`Responses${Math.floor(response.statusCode / 100)}xx`, MetricUnit.Count, 1);
      return response;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
