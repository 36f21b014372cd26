import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import schema from '../../../../../forms/checklist.schema.json';
import { schemaCompletionSource } from './schema-completion-source';

const source = schemaCompletionSource(schema);

/** The result at `|`, as CodeMirror asks for it while the author types. */
function at(text: string, explicit = false) {
  const pos = text.indexOf('|');
  const state = EditorState.create({ doc: text.replace('|', '') });
  const result = source(new CompletionContext(state, pos, explicit)) as CompletionResult | null;
  return { state, pos, result };
}

/** Accepts an option as CodeMirror does: its `apply` runs against the view, from `from` to the cursor. */
function accept(text: string, label: string) {
  const { state, pos, result } = at(text);
  const option = result!.options.find((o) => o.label === label)!;
  let next = state;
  const view = { state, dispatch: (spec: TransactionSpec) => (next = state.update(spec).state) } as unknown as EditorView;
  (option.apply as (v: EditorView, c: typeof option, from: number, to: number) => void)(view, option, result!.from, result!.to ?? pos);
  return next.doc.toString();
}

describe('schemaCompletionSource', () => {
  it('the typed part of a key, without either quote, is what the key labels are matched against', () => {
    const { state, result } = at('{ "criteria": [ { "id": "a", "kind": "count", "vet|" } ] }');
    // CodeMirror filters the labels by the text from `from` to `to` (the cursor when left out).
    const typed = state.sliceDoc(result!.from, result!.to ?? state.doc.toString().indexOf('vet') + 3);
    expect(typed).toBe('vet');
    expect(result!.options.filter((o) => o.label.startsWith(typed)).map((o) => o.label)).toEqual(['veto', 'vetoBasis']);
  });

  it('accepting a key replaces the typed quote, the word and the closing quote with the key and a colon', () => {
    expect(accept('{ "criteria": [ { "kind": "count", "vet|" } ] }', 'veto')).toBe('{ "criteria": [ { "kind": "count", "veto":  } ] }');
  });

  it('an enumerated value keeps its quote in the match', () => {
    const { state, pos, result } = at('{ "criteria": [ { "kind": "co|" } ] }');
    expect(state.sliceDoc(result!.from, pos)).toBe('"co');
    expect(result!.options.map((o) => o.label)).toContain('"count"');
    expect(accept('{ "criteria": [ { "kind": "co|" } ] }', '"count"')).toBe('{ "criteria": [ { "kind": "count" } ] }');
  });

  it('opens on an explicit request with nothing typed, not while nothing is typed', () => {
    expect(at('{ "id": "x", | }').result).toBeNull();
    expect(at('{ "id": "x", | }', true).result?.options.map((o) => o.label)).toContain('criteria');
  });
});
