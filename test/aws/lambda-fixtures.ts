import type { APIGatewayProxyEventV2, Context, SQSRecord } from 'aws-lambda';

/** A Lambda context as the runtime passes it; Powertools reads the request id and names. */
export function lambdaContext(name = 'dabiao-test'): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:cn-north-1:123456789012:function:${name}`,
    memoryLimitInMB: '1024',
    awsRequestId: 'req-0001',
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'stream',
    getRemainingTimeInMillis: () => 30000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** One SQS record; `groupId` makes it look like it came from a FIFO queue. */
export function sqsRecord(messageId: string, body: unknown, groupId?: string): SQSRecord {
  return {
    messageId,
    receiptHandle: `rh-${messageId}`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1767225600000',
      SenderId: 'AROAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1767225600000',
      ...(groupId ? { MessageGroupId: groupId, MessageDeduplicationId: `${messageId}-dedup` } : {}),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:cn-north-1:123456789012:Scoring.fifo',
    awsRegion: 'cn-north-1',
  };
}

/** An API Gateway HTTP API (payload 2.0) request. */
export function httpEvent(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'api.example.test', ...init.headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api-id',
      domainName: 'api.example.test',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'vitest' },
      requestId: 'apigw-req-1',
      routeKey: '$default',
      stage: '$default',
      time: '01/Mar/2026:08:00:00 +0000',
      timeEpoch: 1772352000000,
    },
    body: init.body,
    isBase64Encoded: false,
  };
}
