import { Logger } from '@aws-lambda-powertools/logger';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { lambdaContext } from '../../test/aws/lambda-fixtures.js';
import { createCustomResourceHandler } from './custom-resource-handler.js';

const event = (RequestType: 'Create' | 'Update' | 'Delete') =>
  ({
    RequestType,
    ResponseURL: 'https://cloudformation-custom-resource-response.example/abc',
    StackId: 'stack',
    RequestId: 'req-1',
    LogicalResourceId: 'Seeding',
    ResourceType: 'Custom::Checklists',
    ServiceToken: 'arn',
    ResourceProperties: { ServiceToken: 'arn' },
    ...(RequestType === 'Create' ? {} : { PhysicalResourceId: 'dabiao-checklists', OldResourceProperties: {} }),
  }) as CloudFormationCustomResourceEvent;

const logger = new Logger({ logLevel: 'SILENT' });

describe('custom resource handler', () => {
  it('answers SUCCESS with the work’s data on Create and Update', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const handler = createCustomResourceHandler('dabiao-checklists', async () => ({ published: 2 }), logger, send);
    await handler(event('Update'), lambdaContext('seed'));
    expect(send).toHaveBeenCalledWith('https://cloudformation-custom-resource-response.example/abc', expect.any(String));
    expect(JSON.parse(send.mock.calls[0]![1] as string)).toMatchObject({
      Status: 'SUCCESS', PhysicalResourceId: 'dabiao-checklists', RequestId: 'req-1', LogicalResourceId: 'Seeding', Data: { published: 2 },
    });
  });

  it('answers FAILED with the reason, so the deploy stops with the message instead of hanging', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const handler = createCustomResourceHandler('id', async () => { throw new Error('Checklist x@1 is already published with different content'); }, logger, send);
    await handler(event('Create'), lambdaContext('seed'));
    expect(JSON.parse(send.mock.calls[0]![1] as string)).toMatchObject({ Status: 'FAILED', Reason: expect.stringContaining('x@1') });
  });

  it('does no work on Delete: published checklists are data and stay', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const work = vi.fn();
    await createCustomResourceHandler('id', work, logger, send)(event('Delete'), lambdaContext('seed'));
    expect(work).not.toHaveBeenCalled();
    expect(JSON.parse(send.mock.calls[0]![1] as string)).toMatchObject({ Status: 'SUCCESS' });
  });
});
