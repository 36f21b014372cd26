import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { createRepositories } from '../adapters/dynamodb/create-repositories.js';
import { publishChecklists } from '../checklist-seeding/publish-checklists.js';
import { publishScales } from '../checklist-seeding/publish-scales.js';
import { resolvedDefinition } from '../cli/standard-scales-file.js';
import { loadConfig } from '../config.js';
import { systemClock } from '../domain/ports/clock.js';
import { ENGINE_VERSION } from '../scoring/engine-version.js';
import { createChecklistService } from '../domain/services/checklist-service.js';
import { createScaleService } from '../domain/services/scale-service.js';
import { lazyHandler } from './lazy-handler.js';
import { lazyEngine } from './lazy-engine.js';

const config = loadConfig(process.env);
const unused = new Proxy({}, { get: () => () => Promise.reject(new Error('publishing checklists needs no queue or evidence store')) });
const serviceDeps = {
  repos: createRepositories(createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint }), config.tableName),
  // The compiler (Ajv, RE2) loads only when a version is new: a redeploy that publishes nothing,
  // and a stack deletion, never load it.
  engine: lazyEngine(ENGINE_VERSION, async () => (await import('../adapters/engine/default-engine.js')).createDefaultEngine()),
  clock: systemClock,
  queue: unused as never,
  evidence: unused as never,
  config: { maxEvidenceBytes: config.maxEvidenceBytes },
};
const checklists = createChecklistService(serviceDeps);
const scales = createScaleService(serviceDeps);

/** The checklists shipped beside the bundle (`forms/<id>.json`, see infra/handler-bundle.ts), in name order. */
async function shippedChecklists(): Promise<unknown[]> {
  const dir = fileURLToPath(new URL('./forms/', import.meta.url));
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => JSON.parse(await readFile(`${dir}${file}`, 'utf8')) as unknown));
}

/** The standard scales shipped beside the bundle (`standard-scales.json`), or none. */
async function shippedScales(): Promise<unknown[]> {
  try {
    return JSON.parse(await readFile(fileURLToPath(new URL('./standard-scales.json', import.meta.url)), 'utf8')) as unknown[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Custom resource of the stateless stack: each deploy publishes the checklists in `forms/`
 * (new versions only; see publishChecklists). Deleting the stack leaves them published.
 */
export const handler = lazyHandler(async () => {
  // Middy and Powertools load with the first event (see lazy-handler.ts).
  const [{ createCustomResourceHandler }, { createObservability }] = await Promise.all([import('./custom-resource-handler.js'), import('./powertools.js')]);
  const { logger } = createObservability();
  return createCustomResourceHandler('dabiao-checklists', async () => {
    // Scales first: publishing a checklist expands its scale references from the published scales.
    const scaleReport = await publishScales(scales, await shippedScales());
    const scalesFile = fileURLToPath(new URL('./standard-scales.json', import.meta.url));
    const report = await publishChecklists(checklists, await shippedChecklists(), (definition) => resolvedDefinition(definition, scalesFile));
    logger.info('checklists seeded', { ...report, scales: scaleReport });
    return { published: report.published.length, unchanged: report.unchanged.length, scalesPublished: scaleReport.published.length };
  }, logger);
});
