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
 * A checklist form's words in the reader's language, for the institution's and the expert's form:
 * JSON Forms' i18n (the form's own English, Chinese validation messages) and each field's label by
 * its dot path (for the list of problems).
 */
export function useFormI18n(form: ChecklistForm, i18n: I18n) {
  const { lang } = i18n;
  const translate = useCallback((key: string, fallback?: string) => (lang === 'en' ? (form.i18n?.en?.[key] ?? fallback) : fallback) as string, [lang, form.i18n]);
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
