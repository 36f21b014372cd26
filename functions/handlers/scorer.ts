import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { createRepositories } from '../adapters/dynamodb/create-repositories.js';
import { createScoringEngine } from '../adapters/engine/scoring-engine.js';
import { loadConfig } from '../config.js';
import { systemClock } from '../domain/ports/clock.js';
import { createScoreSubmission } from '../scoring-worker/score-submission.js';
import { lazyHandler } from './lazy-handler.js';

// Once per cold start: configuration, clients and the engine (whose prepared-checklist cache then
// lives as long as the container). No network until the first message.
const config = loadConfig(process.env);
const scoreSubmission = createScoreSubmission({
  repos: createRepositories(createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint }), config.tableName),
  engine: createScoringEngine(),
  clock: systemClock,
});

/** Lambda entry point of the scorer: SQS batches with partial batch failure reporting. */
export const handler = lazyHandler(async () => {
  // Middy and Powertools load with the first batch (see lazy-handler.ts).
  const [{ createScorerHandler }, { createObservability }] = await Promise.all([import('./scorer-handler.js'), import('./powertools.js')]);
  return createScorerHandler(scoreSubmission, createObservability());
});
