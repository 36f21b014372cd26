import { insertCompletionText, pickedCompletion, type Completion, type CompletionContext, type CompletionResult, type CompletionSource } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';
import { schemaCompletions } from './schema-completions';

/**
 * Inserts `text` over from..to, and over the quote right after `to` when the typed word opened
 * one (closed automatically, or typed): `"vet|"` becomes `"veto": `, not `"veto": "`.
 */
function insertReplacingQuote(text: string, quoted: boolean) {
  return (view: EditorView, completion: Completion, from: number, to: number) => {
    const end = quoted && view.state.sliceDoc(to, to + 1) === '"' ? to + 1 : to;
    view.dispatch({ ...insertCompletionText(view.state, text, from, end), annotations: pickedCompletion.of(completion) });
  };
}

/**
 * A CodeMirror completion source for JSON text, offering what `schema` allows at the cursor.
 * CodeMirror keeps only the options whose label fuzzy-matches the text from `from` to `to`, so
 * that text must be what the author typed and nothing more: for keys (labels without quotes) it
 * starts after the typed quote, and it ends at the cursor (an automatically closed quote after
 * it is replaced on insertion instead). Including either quote matched no label at all, and the
 * popup never opened. Values keep the opening quote: their labels are JSON (`"count"`).
 */
export function schemaCompletionSource(schema: object): CompletionSource {
  return (ctx: CompletionContext): CompletionResult | null => {
    const word = ctx.matchBefore(/"?[\w$.-]*/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    const options = schemaCompletions(schema, ctx.state.doc.toString(), ctx.pos);
    if (!options.length) return null;
    const quoted = word.text.startsWith('"');
    const afterQuote = quoted && options[0]!.type === 'property';
    return {
      from: afterQuote ? word.from + 1 : word.from,
      options: options.map((o) => ({
        label: o.label,
        apply: insertReplacingQuote(afterQuote ? o.apply.slice(1) : o.apply, quoted),
        type: o.type === 'property' ? 'property' : 'enum',
        ...(o.detail ? { detail: o.detail.slice(0, 60) } : {}),
      })),
      validFor: afterQuote ? /^[\w$.-]*$/ : /^"?[\w$.-]*$/,
    };
  };
}
