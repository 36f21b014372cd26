import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../functions/api/openapi.js';

/** Where the web app's API types live (committed, so the app builds without a server). */
export const API_TYPES_FILE = new URL('../src/api/schema.d.ts', import.meta.url);

const HEADER = '// Generated from the API\'s OpenAPI document by `npm run web:api-types`; do not edit.\n// A test fails when this file no longer matches the server.\n\n';

/** The TypeScript types of the API, straight from `openApiDocument()` (no server, no network). */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(openApiDocument()), { emptyObjectsUnknown: true });
  return HEADER + astToString(ast);
}

/** The committed file as it is. */
export function committedApiTypes(): string {
  return readFileSync(API_TYPES_FILE, 'utf8');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(API_TYPES_FILE, await generateApiTypes());
  console.log(`wrote ${API_TYPES_FILE.pathname}`);
}
