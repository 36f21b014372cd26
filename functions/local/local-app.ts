import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Hono } from 'hono';
import { createRepositories } from '../adapters/dynamodb/create-repositories.js';
import { DynamoLoginAttemptStore } from '../adapters/dynamodb/login-attempt-store.js';
import { createDefaultEngine } from '../adapters/engine/default-engine.js';
import { DynamoRefreshTokenStore } from '../adapters/dynamodb/refresh-token-store.js';
import { DynamoUserDirectory } from '../adapters/dynamodb/user-directory.js';
import { builtinTokenVerifier } from '../adapters/jwt/builtin-token-verifier.js';
import { LocalKeySigner } from '../adapters/jwt/local-key-signer.js';
import { InProcessQueue } from '../adapters/local/in-process-queue.js';
import { seedAccounts, type LocalAccount } from '../adapters/local/local-accounts.js';
import { LocalEvidenceStore } from '../adapters/local/local-evidence-store.js';
import { purposeKey } from '../adapters/local/purpose-key.js';
import { directoryDocsAssets, swaggerUiDistDir } from '../adapters/files/directory-docs-assets.js';
import { createApp } from '../api/app.js';
import { lazyBuiltinIdentity } from '../api/lazy-identity.js';
import { createServices, type Services } from '../api/services.js';
import type { Config } from '../config.js';
import { systemClock, type Clock } from '../domain/ports/clock.js';
import type { Repositories } from '../domain/ports/repositories.js';
import { createBuiltinIdentity, type BuiltinIdentity } from '../domain/identity/builtin-identity.js';
import type { ScryptParams } from '../domain/identity/password-hash.js';
import type { TokenIssuer } from '../domain/identity/token-issuer.js';
import type { UserDirectory } from '../domain/ports/user-directory.js';
import { createScoreSubmission } from '../scoring-worker/score-submission.js';

/** Everything a local run (or an integration test) needs, wired once. */
export interface LocalApp {
  app: Hono;
  services: Services;
  repos: Repositories;
  queue: InProcessQueue;
  /** Issues access tokens as a sign-in would (tests use it to act as anyone). */
  tokens: TokenIssuer;
  /** The key tokens are signed with (a restarted app given it accepts the tokens issued before). */
  signer: LocalKeySigner;
  identity: BuiltinIdentity;
  users: UserDirectory;
  evidence: LocalEvidenceStore;
  /** Creates the accounts given as directory users unless they exist; returns the ones created. */
  seedAccounts(): Promise<string[]>;
}

/**
 * Wires the API with local adapters: in-process scoring queue, evidence on disk, and the built-in
 * identity with users in the table and ES256 tokens from a local P-256 key (`keyFile`, or one in
 * memory); `accounts` become ordinary users by `seedAccounts()`. The DynamoDB client is given, so
 * the same wiring runs on dynalite, DynamoDB Local or a real table.
 */
export function createLocalApp(opts: {
  client: DynamoDBDocumentClient;
  config: Readonly<Config>;
  accounts: readonly LocalAccount[];
  baseUrl: string;
  clock?: Clock;
  onScoringError?: (error: unknown) => void;
  /** Where the token signing key is kept (`.data/keys/…`); unset: a throwaway key in memory. */
  keyFile?: string;
  /** A signer to share (a restart in tests keeps the key a key file would keep); wins over `keyFile`. */
  signer?: LocalKeySigner;
  /** scrypt's cost: tests lower it to keep seeding fast; unset: the production default. */
  hashing?: ScryptParams;
}): LocalApp {
  const clock = opts.clock ?? systemClock;
  const repos = createRepositories(opts.client, opts.config.tableName);
  const engine = createDefaultEngine();
  const secret = opts.config.localJwtSecret;
  if (!secret) throw new Error('Local mode needs LOCAL_JWT_SECRET');
  // Evidence URLs are signed with a key derived for them alone.
  const evidenceKey = Buffer.from(purposeKey(secret, 'evidence-urls')).toString('hex');
  const evidence = new LocalEvidenceStore(opts.config.evidenceDir, opts.baseUrl, evidenceKey, () => clock.now());
  const queue = new InProcessQueue({ onError: (error) => opts.onScoringError?.(error) });
  queue.attach(createScoreSubmission({ repos, engine, clock }));
  const deps = { repos, engine, queue, evidence, clock, config: opts.config };
  const signer = opts.signer ?? (opts.keyFile ? LocalKeySigner.fromFile(opts.keyFile) : LocalKeySigner.inMemory());
  const issuer = opts.config.tokenIssuer ?? opts.baseUrl;
  const users = new DynamoUserDirectory(opts.client, opts.config.tableName);
  // Users, refresh tokens and attempt counters live in the table, so they hold across processes.
  const identity = createBuiltinIdentity({
    users,
    refreshTokens: new DynamoRefreshTokenStore(opts.client, opts.config.tableName),
    loginAttempts: new DynamoLoginAttemptStore(opts.client, opts.config.tableName),
    signer,
    repos,
    issuer,
    audience: opts.config.tokenAudience,
    clock,
    hashing: opts.hashing,
  });
  const app = createApp({
    ...deps,
    verifier: builtinTokenVerifier(signer, { issuer, audience: opts.config.tokenAudience, now: () => clock.now() }),
    // Built already: tests and seeding use it before any request; nothing here is bundled.
    identity: lazyBuiltinIdentity(issuer, signer, async () => identity),
    localUploads: evidence,
    docsAssets: directoryDocsAssets(swaggerUiDistDir()),
  });
  return {
    app,
    // In-process use (seeding, tests' set-up) runs before accounts are seeded: it names experts
    // that will exist, so only the API checks them against the directory.
    services: createServices(deps),
    repos,
    queue,
    tokens: identity.tokens,
    signer,
    identity,
    users,
    evidence,
    seedAccounts: () => seedAccounts(users, opts.accounts, { at: clock.now(), hashing: opts.hashing }),
  };
}
