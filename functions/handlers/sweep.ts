import { SqsScoringQueue } from '../adapters/aws/sqs-scoring-queue.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { createRepositories } from '../adapters/dynamodb/create-repositories.js';
import { loadConfig } from '../config.js';
import { systemClock } from '../domain/ports/clock.js';
import { createRequeueSubmitted } from '../scoring-worker/requeue-submitted.js';
import { createSqsClient, required } from './aws-clients.js';
import { lazyHandler } from './lazy-handler.js';

// Once per cold start: configuration and clients, no network.
const config = loadConfig(process.env);
const requeue = createRequeueSubmitted({
  repos: createRepositories(createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint }), config.tableName),
  queue: new SqsScoringQueue(createSqsClient(config), required(config.scoringQueueUrl, 'SCORING_QUEUE_URL')),
  clock: systemClock,
});

/** Lambda entry point of the scoring sweep (EventBridge schedule). */
export const handler = lazyHandler(async () => {
  // Middy and Powertools load with the first run (see lazy-handler.ts).
  const [{ createSweepHandler }, { createObservability }] = await Promise.all([import('./sweep-handler.js'), import('./powertools.js')]);
  return createSweepHandler(requeue, config.scoringStaleMinutes * 60_000, createObservability());
});
