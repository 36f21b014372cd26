import { lazyHandler } from './lazy-handler.js';

/**
 * Custom resource of the stateless stack (infra/token-public-key.ts): on Create and Update reads
 * the token-signing key's public JWK from KMS (`readTokenPublicKey`), which the stack hands the
 * API, so no API request has to. Runs only at deploy time; nothing happens on Delete.
 */
export const handler = lazyHandler(async () => {
  const [{ createCustomResourceHandler }, { createObservability }, { KMSClient }, { readTokenPublicKey }] = await Promise.all([
    import('./custom-resource-handler.js'),
    import('./powertools.js'),
    import('@aws-sdk/client-kms'),
    import('./read-token-public-key.js'),
  ]);
  const { logger } = createObservability();
  // The function's own region (AWS_REGION), where the stack made the key.
  const kms = new KMSClient({ retryMode: 'standard', maxAttempts: 3 });
  return createCustomResourceHandler('dabiao-token-public-key', (event) => readTokenPublicKey(kms, event.ResourceProperties), logger);
});
