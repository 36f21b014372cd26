import { fileURLToPath } from 'node:url';
import { buildHandlerBundle, HANDLER_BUNDLE, type HandlerName } from './handler-bundle.js';

/**
 * Bundles each Lambda entry point into `<outdir>/<name>/index.mjs` (with its lazy chunks) with the
 * same esbuild settings the CDK stack deploys, so a bundling problem shows up in `npm run build`,
 * not in `cdk deploy`.
 */
export async function buildHandlers(projectRoot: string, outdir: string): Promise<string[]> {
  const written: string[] = [];
  for (const name of Object.keys(HANDLER_BUNDLE.entries) as HandlerName[]) {
    buildHandlerBundle(projectRoot, name, `${outdir}/${name}`);
    written.push(`${outdir}/${name}/index.mjs`);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const file of await buildHandlers(root, `${root}dist`)) console.log(`built ${file}`);
}
