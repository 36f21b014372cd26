import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Hono } from 'hono';
import { createRepositories } from '../adapters/dynamodb/create-repositories.js';
import { DynamoLoginAttemptStore } from '../adapters/dynamodb/login-attempt-store.js';
import { createDefaultEngine } from '../adapters/engine/default-engine.js';
import { LocalTokens } from '../adapters/jwt/local-tokens.js';
import { InProcessQueue } from '../adapters/local/in-process-queue.js';
import { createLocalLogin, type LocalAccount } from '../adapters/local/local-accounts.js';
import { LocalEvidenceStore } from '../adapters/local/local-evidence-store.js';
import { purposeKey } from '../adapters/local/purpose-key.js';
import { directoryDocsAssets, swaggerUiDistDir } from '../adapters/files/directory-docs-assets.js';
import { createApp } from '../api/app.js';
import { createServices, type Services } from '../api/services.js';
import type { Config } from '../config.js';
import { systemClock, type Clock } from '../domain/ports/clock.js';
import type { Repositories } from '../domain/ports/repositories.js';
import { createLoginThrottle } from '../domain/services/login-throttle.js';
import { createScoreSubmission } from '../scoring-worker/score-submission.js';

/** Everything a local run (or an integration test) needs, wired once. */
export interface LocalApp {
  app: Hono;
  services: Services;
  repos: Repositories;
  queue: InProcessQueue;
  tokens: LocalTokens;
  evidence: LocalEvidenceStore;
}

/**
 * Wires the API with local adapters: in-process scoring queue, evidence on disk, HS256 tokens
 * and password login for `accounts`. The DynamoDB client is given, so the same wiring runs on
 * dynalite, DynamoDB Local or a real table.
 */
export function createLocalApp(opts: {
  client: DynamoDBDocumentClient;
  config: Readonly<Config>;
  accounts: readonly LocalAccount[];
  baseUrl: string;
  clock?: Clock;
  onScoringError?: (error: unknown) => void;
}): LocalApp {
  const clock = opts.clock ?? systemClock;
  const repos = createRepositories(opts.client, opts.config.tableName);
  const engine = createDefaultEngine();
  const secret = opts.config.localJwtSecret;
  if (!secret) throw new Error('Local mode needs LOCAL_JWT_SECRET');
  const tokens = new LocalTokens(secret);
  // Evidence URLs are signed with their own key, never the token key (LocalTokens derives that one).
  const evidenceKey = Buffer.from(purposeKey(secret, 'evidence-urls')).toString('hex');
  const evidence = new LocalEvidenceStore(opts.config.evidenceDir, opts.baseUrl, evidenceKey, () => clock.now());
  const queue = new InProcessQueue({ onError: (error) => opts.onScoringError?.(error) });
  queue.attach(createScoreSubmission({ repos, engine, clock }));
  const deps = { repos, engine, queue, evidence, clock, config: opts.config };
  // Attempt counters live in the table, so they hold across processes (and Lambda instances).
  const loginThrottle = createLoginThrottle({ store: new DynamoLoginAttemptStore(opts.client, opts.config.tableName), clock });
  const app = createApp({
    ...deps,
    verifier: tokens,
    login: createLocalLogin(opts.accounts, tokens),
    loginThrottle,
    localUploads: evidence,
    docsAssets: directoryDocsAssets(swaggerUiDistDir()),
  });
  return { app, services: createServices(deps), repos, queue, tokens, evidence };
}
