/**
 * The API reads the service worker keeps for offline use (network first, last reply kept): the
 * checklists, the caller's submissions, rounds and results, a commission's overview of its rounds,
 * and the institutions and regions the caller may see (the expert's home names each participant
 * from them: offline without them it listed codes); never `/api/auth`, not a history across
 * rounds (read online, on the console's pages), and not a round's
 * dashboard or its export (the administrator's, read online; one reply of a large round is
 * 250 KB and would have been kept 30 days). Matched against the whole URL from its start, on any
 * origin (deployed, the API may sit on its own API Gateway origin): Workbox requires a cross-origin
 * match to start at the URL's first character.
 *
 * One rule for the worker (`web/vite.config.ts` hands this RegExp to Workbox, which serialises it
 * into the generated worker) and for the page (`keep-first-reads.ts`, which re-sends through the
 * worker the reads made before it controlled the page).
 */
export const KEPT_READS = /^https?:\/\/[^/?#]+\/api\/(?:checklists|submissions|results|oversee\/rounds|rounds(?!\/[^/?#]+\/dashboard(?:[/?#]|$))|(?:institutions|regions)(?!\/[^/?#]+\/history(?:[/?#]|$)))(?:[/?#]|$)/;

/** Whether the worker keeps a GET of `url` (absolute) for offline use. */
export function isKeptRead(url: string): boolean {
  return KEPT_READS.test(url);
}
