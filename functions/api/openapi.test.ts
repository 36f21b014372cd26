import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.js';

describe('openApiDocument', () => {
  const doc = openApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };
  const text = JSON.stringify(doc);

  it('resolves every internal $ref', () => {
    const refs = [...text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(20);
    for (const name of new Set(refs)) expect(doc.components.schemas, name).toHaveProperty(name);
  });

  it('is self-contained: no $ref leaves the document, so it processes offline', () => {
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !r.startsWith('#/components/schemas/'))).toEqual([]);
    const publish = doc.paths['/api/checklists']!.post as unknown as { requestBody: { content: { 'application/json': { schema: { $ref: string } } } } };
    const definition = doc.components.schemas[publish.requestBody.content['application/json'].schema.$ref.split('/').pop()!] as { required: string[] };
    expect(definition.required).toEqual(expect.arrayContaining(['format', 'id', 'version', 'criteria']));
  });

  it('documents request bodies from the Valibot schemas and errors on every operation', () => {
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    expect(operations.length).toBeGreaterThanOrEqual(30);
    for (const op of operations) expect(Object.keys(op.responses)).toContain('404');
    const create = doc.paths['/api/submissions']!.post as unknown as { requestBody: { content: { 'application/json': { schema: { properties: Record<string, { enum?: string[] }> } } } } };
    expect(create.requestBody.content['application/json'].schema.properties.kind!.enum).toEqual(['self', 'expert']);
  });

  it('documents evidence downloads with their path parameters', () => {
    const op = doc.paths['/api/submissions/{id}/evidence/{criterionId}/{index}']!.get as unknown as { parameters: { name: string }[]; responses: Record<string, { content: unknown }> };
    expect(op.parameters.map((p) => p.name)).toEqual(['id', 'criterionId', 'index']);
    expect(JSON.stringify(op.responses['200']!.content)).toContain('#/components/schemas/Download');
  });

  it('documents the minimal save reply (Prefer: return=minimal) beside the whole submission', () => {
    const op = doc.paths['/api/submissions/{id}']!.put as unknown as { parameters: { name: string; in: string }[]; responses: Record<string, { content: { 'application/json': { schema: unknown } }; headers?: Record<string, unknown> }> };
    expect(op.parameters).toContainEqual(expect.objectContaining({ name: 'Prefer', in: 'header' }));
    expect(op.responses['200']!.content['application/json'].schema).toEqual({ anyOf: [{ $ref: '#/components/schemas/Submission' }, { $ref: '#/components/schemas/SavedVersion' }] });
    expect(Object.keys(op.responses['200']!.headers ?? {})).toEqual(['ETag', 'Preference-Applied']);
  });
});
