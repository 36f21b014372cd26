import { describe, expect, it } from 'vitest';
import schema from '../../../../../forms/checklist.schema.json';
import { schemaCompletions } from './schema-completions';

const at = (text: string) => {
  const offset = text.indexOf('|');
  return schemaCompletions(schema, text.replace('|', ''), offset);
};

describe('schemaCompletions', () => {
  it('offers the keys a criterion may still take, not those it has', () => {
    const labels = at('{ "criteria": [ { "id": "a", "kind": "count", "|" } ] }').map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['target', 'weight', 'veto', 'appliesWhen', 'section']));
    expect(labels).not.toContain('id');
    expect(labels).not.toContain('kind');
  });

  it('offers the values a field is limited to', () => {
    const labels = at('{ "criteria": [ { "kind": "|" } ] }').map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['"boolean"', '"numeric"', '"count"', '"ordinal"', '"coverage"', '"info"']));
  });

  it('offers top-level keys at the root', () => {
    expect(at('{ "id": "x", "|" }').map((c) => c.label)).toEqual(expect.arrayContaining(['criteria', 'sections', 'bands', 'form']));
  });
});
