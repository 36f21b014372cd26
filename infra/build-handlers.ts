import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HANDLER_BUNDLE } from './handler-bundle.js';

/**
 * Bundles each Lambda entry point into `<outdir>/<name>/index.mjs` with the same esbuild settings
 * the CDK stack deploys, so a bundling problem shows up in `npm run build`, not in `cdk deploy`.
 */
export async function buildHandlers(projectRoot: string, outdir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [name, entry] of Object.entries(HANDLER_BUNDLE.entries)) {
    const outfile = `${outdir}/${name}/index.mjs`;
    await build({
      entryPoints: [`${projectRoot}/${entry}`],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: HANDLER_BUNDLE.target,
      mainFields: [...HANDLER_BUNDLE.mainFields],
      banner: { js: HANDLER_BUNDLE.banner },
      minify: HANDLER_BUNDLE.minify,
      sourcemap: true,
      sourcesContent: false,
      logLevel: 'warning',
    });
    for (const [source, target] of HANDLER_BUNDLE.assets[name as keyof typeof HANDLER_BUNDLE.assets]) {
      const destination = `${outdir}/${name}/${target}`;
      await mkdir(dirname(destination), { recursive: true });
      await copyFile(`${projectRoot}/${source}`, destination);
    }
    written.push(outfile);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const file of await buildHandlers(root, `${root}dist`)) console.log(`built ${file}`);
}
