/**
 * Everything the API loads with its first request beyond the public documents, as one module:
 * the routes with a body or a token (and with them the use cases), jose's token check over a
 * local key set, and the built-in identity with its DynamoDB stores (lazy-identity.ts). The
 * Lambda imports only this (app.ts for the routes, api-deps.ts for jose and the identity), so
 * esbuild gives it one chunk and the build folds the chunks it shares with other lazy code into
 * it (`infra/merge-cold-start.ts`): a signed-in request's first event loads one file, where the
 * routes, the use cases and jose's two modules were ten (test/bench/README.md, "Lambda bundles").
 */
export { apiRoutes } from './api-routes.js';
export { jwtVerify } from '../adapters/jwt/jose-verify.js';
export { createLocalJWKSet } from '../adapters/jwt/jose-local-jwks.js';
export { createBuiltinIdentity } from '../domain/identity/builtin-identity.js';
export { DynamoUserDirectory } from '../adapters/dynamodb/user-directory.js';
export { DynamoRefreshTokenStore } from '../adapters/dynamodb/refresh-token-store.js';
export { DynamoLoginAttemptStore } from '../adapters/dynamodb/login-attempt-store.js';
