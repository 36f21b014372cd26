import type { Config } from '../config.js';
import type { Clock } from '../domain/ports/clock.js';
import type { ChecklistEngine } from '../domain/ports/checklist-engine.js';
import type { EvidenceStore } from '../domain/ports/evidence-store.js';
import type { Repositories } from '../domain/ports/repositories.js';
import type { ScoringQueue } from '../domain/ports/scoring-queue.js';
import type { TokenVerifier } from '../domain/ports/token-verifier.js';
import type { DocsAssets } from './docs-routes.js';
import type { LazyBuiltinIdentity } from './lazy-identity.js';

/** A stored evidence file as the local download route serves it. */
export interface LocalDownload {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
}

/**
 * Local mode only: receives evidence uploads and serves downloads the local evidence store issued
 * signed URLs for (what S3 does with presigned URLs in AWS).
 */
export interface LocalUploadReceiver {
  /** `query` is the signed query string of the upload URL; throws `ForbiddenError` or `ValidationError`. */
  receive(key: string, query: Record<string, string>, contentType: string, body: Uint8Array): Promise<void>;
  /** `query` is the signed query string of the download URL; throws `ForbiddenError` or `NotFoundError`. */
  download(key: string, query: Record<string, string>): Promise<LocalDownload>;
}

/** What the API needs, wired once by each entry point (Lambda handler, local server, tests). */
export interface AppDeps {
  repos: Repositories;
  engine: ChecklistEngine;
  queue: ScoringQueue;
  evidence: EvidenceStore;
  verifier: TokenVerifier;
  clock: Clock;
  config: Readonly<Pick<Config, 'maxBodyBytes' | 'maxEvidenceBytes'>>;
  /**
   * The built-in identity (`AUTH_MODE=builtin`): sign-in, refresh, password change, `/api/users`
   * and `/.well-known/*`. Absent with another issuer (Cognito, OIDC), whose tokens `verifier` checks.
   * Only its issuer and keys are at hand from the start; the rest loads with the signed-in routes.
   */
  identity?: LazyBuiltinIdentity;
  localUploads?: LocalUploadReceiver;
  /**
   * Swagger UI files for `/api/docs`: served by the API itself (local), or a base URL where
   * `swagger-ui-dist/<file>` is hosted (AWS: the web hosting bucket, so the Lambda bundle does not
   * carry them). Without either the page loads them from a public CDN.
   */
  docsAssets?: DocsAssets | { baseUrl: string };
}
