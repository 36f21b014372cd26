import { createPublicKey } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { httpEvent } from '../aws/lambda-fixtures.js';
import { TokenIssuer } from '../../functions/domain/identity/token-issuer.js';
import { systemClock } from '../../functions/domain/ports/clock.js';
import { ACCOUNTS, draftFor, startHarness } from '../integration/harness.js';

/** The deployed API's issuer (with a KMS key it must be https); tokens are issued for it. */
const ISSUER = 'https://api.dabiao.example.cn';

/** What a bundle's first signed-in request reads, served locally, and that request. */
export interface FirstRequestBackend {
  /**
   * The environment that points the API bundle at this backend (table, KMS, issuer), with the
   * public key given as the stack gives it (`TOKEN_PUBLIC_JWK`, read at deploy time).
   */
  env: Record<string, string>;
  /** The same without `TOKEN_PUBLIC_JWK`: the API then fetches the key from the stand-in KMS with the first token. */
  envKeyFromKms: Record<string, string>;
  /** `GET /api/submissions/{id}` of an existing draft, with its institution user's access token. */
  event: APIGatewayProxyEventV2;
  /** The key of that submission's item: the GetItem floor reads the same item the request does. */
  submissionKey: { pk: string; sk: string };
  close(): Promise<void>;
}

/**
 * A realistic first request for the API bundle's cold start: dynalite with the integration
 * fixture (checklist, institutions, round, users) and one draft, and a stand-in for KMS that
 * answers GetPublicKey with the public half of the key the harness signs tokens with (used when
 * the bundle runs without `TOKEN_PUBLIC_JWK`). The bundle then does what it does in AWS: takes
 * the public key from its environment (or fetches it from "KMS"), verifies the token,
 * reads the user's status and the submission from the table, and loads whatever chunks that
 * takes. Both servers run in the bench's own process (the measured process only calls them).
 */
export async function startFirstRequestBackend(): Promise<FirstRequestBackend> {
  const h = await startHarness();
  const draft = await draftFor(h, 'insta');
  // The harness's key, under the issuer a deployment has: what `POST /api/auth/login` would hand out.
  const { password: _password, ...insta } = ACCOUNTS.find((account) => account.username === 'insta')!;
  const token = await new TokenIssuer(h.local.signer, { issuer: ISSUER, audience: 'dabiao', clock: systemClock }).issue(insta);
  const jwk = await h.local.signer.publicJwk();
  const spki = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: 'jwk' }).export({ type: 'spki', format: 'der' });
  const kms = createServer((req, res) => {
    const target = req.headers['x-amz-target'];
    req.resume();
    req.on('end', () => {
      if (target !== 'TrentService.GetPublicKey') {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: 'UnsupportedOperationException', message: String(target) }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({
        KeyId: 'bench-key',
        KeySpec: 'ECC_NIST_P256',
        KeyUsage: 'SIGN_VERIFY',
        SigningAlgorithms: ['ECDSA_SHA_256'],
        PublicKey: spki.toString('base64'),
      }));
    });
  });
  await new Promise<void>((resolve) => kms.listen(0, '127.0.0.1', resolve));
  const envKeyFromKms = {
    TABLE_NAME: h.config.tableName,
    DYNAMODB_ENDPOINT: h.config.dynamodbEndpoint!,
    AWS_ENDPOINT_URL_KMS: `http://127.0.0.1:${(kms.address() as AddressInfo).port}`,
    TOKEN_ISSUER: ISSUER,
  };
  return {
    // The JWK with the kid the harness's tokens carry, as infra/token-public-key.ts reads it from KMS.
    env: { ...envKeyFromKms, TOKEN_PUBLIC_JWK: JSON.stringify(jwk) },
    envKeyFromKms,
    event: httpEvent('GET', `/api/submissions/${draft.id}`, { headers: { authorization: `Bearer ${token}` } }),
    submissionKey: { pk: `SUB#${draft.id}`, sk: 'SUB' },
    async close() {
      await new Promise<void>((resolve) => kms.close(() => resolve()));
      await h.close();
    },
  };
}
