import { useCallback, useMemo } from 'react';
import type { I18n } from '../../i18n/i18n-context';
import { createErrorTranslator } from './translate-error';

/** A checklist's form as its pages read it: the JSON Schema, the UI schema and its own translations. */
export interface ChecklistForm {
  schema: Record<string, unknown>;
  uischema: unknown;
  i18n?: Record<string, Record<string, string>>;
}

/**
 * The key a checklist's translations use for a choice option: `<field path>.<const>`. JSON Forms
 * asks for an option without its own `i18n` key as `<field path>.<title>`, and a title is the
 * Chinese text, so this maps that request back to the const. Undefined when `key` is no such request.
 */
export function optionKeyOf(key: string, schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null || !('const' in schema) || 'i18n' in schema) return undefined;
  const { const: value, title } = schema as { const: unknown; title?: unknown };
  const label = typeof title === 'string' ? title : typeof value === 'string' ? value : JSON.stringify(value);
  if (!key.endsWith(`.${label}`)) return undefined;
  return `${key.slice(0, key.length - label.length)}${String(value)}`;
}

/** JSON Forms' translator for a checklist's own words: the form's English, or JSON Forms' fallback (the schema's Chinese). */
export function formTranslator(words: ChecklistForm['i18n'], lang: string) {
  const en = words?.en;
  return (key: string, fallback?: string, context?: { schema?: unknown }): string => {
    if (lang !== 'en') return fallback as string;
    const option = en?.[key] === undefined ? optionKeyOf(key, context?.schema) : undefined;
    return (en?.[key] ?? (option === undefined ? undefined : en?.[option]) ?? fallback) as string;
  };
}

/**
 * A checklist form's words in the reader's language, for the institution's and the expert's form:
 * JSON Forms' i18n (the form's own English, Chinese validation messages) and each field's label by
 * its dot path (for the list of problems).
 */
export function useFormI18n(form: ChecklistForm, i18n: I18n) {
  const { lang } = i18n;
  const translate = useMemo(() => formTranslator(form.i18n, lang), [lang, form.i18n]);
  const jfI18n = useMemo(() => ({ locale: lang, translate, translateError: createErrorTranslator(i18n) }), [lang, translate, i18n]);
  const labelOf = useCallback(
    (path: string) => {
      let node: Record<string, unknown> | undefined = form.schema;
      for (const key of path.split('.')) node = (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
      return translate(`${path}.label`, (node?.title as string | undefined) ?? path);
    },
    [form.schema, translate],
  );
  return { jfI18n, labelOf };
}
