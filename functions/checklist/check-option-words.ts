import type { CheckContext } from './check-context.js';
import { isNode, type SchemaNode } from './resolve-scope.js';

interface Option {
  /** Dot path of the field the option belongs to. */
  field: string;
  /** Pointer segments of the option inside `/form/schema`. */
  at: (string | number)[];
  node: SchemaNode;
}

/** Every constant choice (`oneOf`/`anyOf` with `const`) in the form's own properties and array items. */
function optionsOf(node: unknown, field: string[], at: (string | number)[]): Option[] {
  if (!isNode(node)) return [];
  const out: Option[] = [];
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    list.forEach((option, i) => {
      if (isNode(option) && 'const' in option) out.push({ field: field.join('.'), at: [...at, key, i], node: option });
    });
  }
  if (isNode(node.items)) out.push(...optionsOf(node.items, field, [...at, 'items']));
  if (isNode(node.properties)) for (const [name, child] of Object.entries(node.properties)) out.push(...optionsOf(child, [...field, name], [...at, 'properties', name]));
  return out;
}

/**
 * Warns about each choice option that has no text in a language the form is translated into
 * (`form.i18n`): the form would show that option in Chinese among translated words. An option's
 * text is its `i18n` key's, or `<field path>.<const>`'s (what the web form falls back to).
 */
export function checkOptionWords(ctx: CheckContext): void {
  const { form } = ctx.definition;
  const languages = Object.entries(form.i18n ?? {});
  if (!languages.length) return;
  for (const option of optionsOf(form.schema, [], ['form', 'schema'])) {
    const own = typeof option.node.i18n === 'string' ? option.node.i18n : undefined;
    const key = own ?? `${option.field}.${String(option.node.const)}`;
    for (const [lang, words] of languages) {
      if (words[key] !== undefined) continue;
      const title = typeof option.node.title === 'string' ? option.node.title : String(option.node.const);
      ctx.warnIssue('option-untranslated', { option: String(option.node.const), title, lang, key }, ...option.at);
    }
  }
}
