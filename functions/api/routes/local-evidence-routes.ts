import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { LocalUploadReceiver } from '../app-deps.js';
import type { AppEnv } from '../app-env.js';
import { DomainError, ForbiddenError } from '../../domain/errors.js';
import { attachmentDisposition } from '../../adapters/http/content-disposition.js';

/** The key from the URL; a malformed percent-encoding cannot match any signature. */
function decodeKey(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new ForbiddenError('The upload signature does not match');
  }
}

/** Where local-mode evidence uploads land and downloads come from; the URL's signature stands in for a presigned S3 URL. */
export function localEvidenceRoutes(app: Hono<AppEnv>, receiver: LocalUploadReceiver, maxBytes: number): void {
  app.put(
    '/api/local-evidence/:key{.+}',
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new DomainError('payload-too-large', `Evidence files may be at most ${maxBytes} bytes`);
      },
    }),
    async (c) => {
      const body = new Uint8Array(await c.req.arrayBuffer());
      await receiver.receive(decodeKey(c.req.param('key')), c.req.query(), c.req.header('content-type') ?? '', body);
      return c.body(null, 204);
    },
  );
  app.get('/api/local-evidence/:key{.+}', async (c) => {
    const file = await receiver.download(decodeKey(c.req.param('key')), c.req.query());
    c.header('content-type', file.contentType);
    c.header('content-disposition', attachmentDisposition(file.fileName));
    c.header('cache-control', 'private, no-store');
    c.header('x-content-type-options', 'nosniff');
    return c.body(file.body, 200);
  });
}
