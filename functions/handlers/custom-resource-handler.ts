import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';

/** Sends the outcome to CloudFormation's presigned response URL (injectable for tests). */
export type SendResponse = (url: string, body: string) => Promise<void>;

const putResponse: SendResponse = async (url, body) => {
  const response = await fetch(url, { method: 'PUT', body, headers: { 'content-type': '' } });
  if (!response.ok) throw new Error(`CloudFormation refused the response: ${response.status}`);
};

/**
 * A custom resource's Middy entry point, without the CDK provider framework (one Lambda fewer):
 * runs `work` on Create and Update, nothing on Delete, and always answers CloudFormation, so a
 * failure fails the deploy with its message instead of leaving the stack waiting for an hour.
 */
export function createCustomResourceHandler(
  physicalId: string,
  work: (event: CloudFormationCustomResourceEvent) => Promise<Record<string, string | number>>,
  logger: Logger,
  send: SendResponse = putResponse,
) {
  return middy<CloudFormationCustomResourceEvent, void>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(async (event: CloudFormationCustomResourceEvent, _context: Context) => {
      let outcome: { Status: 'SUCCESS' | 'FAILED'; Reason?: string; Data?: Record<string, string | number> };
      try {
        outcome = { Status: 'SUCCESS', Data: event.RequestType === 'Delete' ? {} : await work(event) };
      } catch (error) {
        logger.error('custom resource failed', { error: error as Error });
        // CloudFormation caps the whole response at 4 KB.
        outcome = { Status: 'FAILED', Reason: String((error as Error).message ?? error).slice(0, 1000) };
      }
      const body = JSON.stringify({
        ...outcome,
        PhysicalResourceId: physicalId,
        StackId: event.StackId,
        RequestId: event.RequestId,
        LogicalResourceId: event.LogicalResourceId,
      });
      await send(event.ResponseURL, body);
    });
}
