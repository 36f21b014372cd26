import type { EvidenceStore } from '../domain/ports/evidence-store.js';
import { loadOnce } from '../load-once.js';

/**
 * An evidence store built on first use. The S3 client and presigner are a fifth of the API
 * bundle and only evidence routes need them: loading them lazily keeps them out of every cold
 * start. A failed load is retried on the next call rather than cached.
 */
export function lazyEvidenceStore(load: () => Promise<EvidenceStore>): EvidenceStore {
  const get = loadOnce(load);
  return {
    createUpload: async (input) => (await get()).createUpload(input),
    stat: async (key) => (await get()).stat(key),
    readStart: async (key, length) => (await get()).readStart(key, length),
    createDownload: async (key, file) => (await get()).createDownload(key, file),
  };
}
