/**
 * Whether the service worker's caches hold the reply to a GET of `url` (absolute): what a page
 * opened offline will find. False where the browser keeps nothing (no Cache Storage, or it
 * refuses, as in some private modes): a page must then not count on it.
 */
export async function keptOnDevice(url: string): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  try {
    return (await caches.match(url)) !== undefined;
  } catch {
    return false;
  }
}
