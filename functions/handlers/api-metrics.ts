import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * The API's metrics (namespace and service from `POWERTOOLS_METRICS_NAMESPACE` and
 * `POWERTOOLS_SERVICE_NAME`, set by the CDK stack). Apart from `powertools.ts` so that the API's
 * first event loads Powertools' metrics without its logger, which the API does not use.
 */
export function createApiMetrics(): { metrics: Metrics } {
  return { metrics: new Metrics() };
}
