import { json, jsonLanguage, jsonParseLinter } from '@codemirror/lang-json';
import { linter, lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Ajv } from 'ajv';
import { EditorView, basicSetup } from 'codemirror';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import schema from '../../../../../../forms/checklist.schema.json';
import { useI18n } from '../../../../i18n/i18n-context';
import { schemaCompletionSource } from '../schema-completion-source';
import { schemaProblems } from '../schema-lint';
import { schemaProblemText } from '../schema-lint-text';

/** What the publish page may do to the editor: put the cursor on a range (a clicked problem). */
export interface JsonEditorHandle {
  select(from: number, to: number): void;
}

export interface JsonEditorProps {
  value: string;
  onChange(value: string): void;
  /** Problems from the last validation, already placed; dropped at the next edit (they may no longer fit). */
  diagnostics: Diagnostic[];
  label: string;
  handle?: Ref<JsonEditorHandle>;
}

// Compiled once, on the first lint: only this page's chunk carries it. The schema's own patterns are fixed and linear.
let formatValidator: ReturnType<Ajv['compile']> | null = null;
const validateFormat = () => (formatValidator ??= new Ajv({ strict: false, allErrors: true, logger: false }).compile(schema));

/**
 * CodeMirror 6 with JSON highlighting and, inline: JSON syntax errors and the format's JSON Schema
 * errors as the author types, and the server's validation problems after a check. Loaded only by
 * the publish page (a lazy chunk), so no other page carries an editor.
 */
export default function JsonEditor({ value, onChange, diagnostics, label, handle }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const external = useRef<Diagnostic[]>(diagnostics);
  const changed = useRef(onChange);
  changed.current = onChange;
  const { t } = useI18n();
  const words = useRef(t);
  words.current = t;

  useEffect(() => {
    const syntax = jsonParseLinter();
    const v = new EditorView({
      parent: host.current!,
      doc: value,
      extensions: [
        basicSetup,
        json(),
        jsonLanguage.data.of({ autocomplete: schemaCompletionSource(schema) }),
        lintGutter(),
        linter(
          (ev) => {
            const text = ev.state.doc.toString();
            const fromSchema = schemaProblems(validateFormat(), text).map(
              (p): Diagnostic => ({ from: p.from, to: p.to, severity: 'error', source: words.current('publish.schema.source'), message: `${p.path} ${schemaProblemText(p, words.current)}` }),
            );
            return [...syntax(ev), ...fromSchema, ...external.current.filter((d) => d.to <= ev.state.doc.length)];
          },
          { delay: 400 },
        ),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => {
          if (!u.docChanged) return;
          external.current = [];
          changed.current(u.state.doc.toString());
        }),
        EditorView.theme({ '&': { height: '520px', fontSize: '13px', border: '1px solid #c4c4c4', borderRadius: '4px' }, '.cm-scroller': { overflow: 'auto' } }),
      ],
    });
    // The scroller must be reachable by keyboard (axe: scrollable-region-focusable); the text is inside it.
    v.scrollDOM.tabIndex = 0;
    view.current = v;
    return () => v.destroy();
    // The editor is created once; later values arrive through the effect below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === value) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    external.current = diagnostics;
    const v = view.current;
    // Set now, not at the next lint pass: that runs only after an edit, and these arrive without one.
    if (v) v.dispatch(setDiagnostics(v.state, diagnostics.filter((d) => d.to <= v.state.doc.length)));
  }, [diagnostics]);

  useImperativeHandle(handle, () => ({
    select(from, to) {
      const v = view.current;
      if (!v) return;
      const end = Math.min(to, v.state.doc.length);
      v.dispatch({ selection: { anchor: Math.min(from, end), head: end }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
      v.focus();
    },
  }));

  return <div ref={host} data-testid="json-editor" />;
}
