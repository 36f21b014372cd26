import { TrieRouter } from 'hono/router/trie-router';
import type { RouterRoute } from 'hono/types';

/** A pseudo-method under which every route is filed, so one match finds all of a path's methods. */
const ANY = 'ANY';

/**
 * The methods a path answers, read from an app's own route table, so a 405 with `Allow` needs no
 * per-route code. Middleware (`app.use`, method `ALL`) is not a route and is ignored. `routes` is
 * read on the first call, once every route is registered. An empty list means an unknown path.
 */
export function allowedMethods(routes: readonly RouterRoute[]): (path: string) => string[] {
  let router: TrieRouter<string> | undefined;
  return (path) => {
    if (!router) {
      router = new TrieRouter<string>();
      for (const route of routes) if (route.method !== 'ALL') router.add(ANY, route.path, route.method);
    }
    const methods = new Set(router.match(ANY, path)[0].map(([method]) => method));
    // Hono answers HEAD with the GET route.
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}
