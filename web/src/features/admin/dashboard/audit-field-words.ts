/** A checklist version's form and criteria, as much of them as an audit trail needs to name answers. */
export interface AuditChecklist {
  form?: { schema?: Record<string, unknown>; i18n?: Record<string, Record<string, string>> };
  criteria?: { id: string; title: { zh: string; en?: string } | string }[];
}

type Node = Record<string, unknown> & { title?: string; properties?: Record<string, Node>; items?: Node; oneOf?: { const: unknown; title?: string; i18n?: string }[] };

/** What the audit page needs to put a changed answer in words. */
export interface FieldWords {
  /** The field's title in the checklist (the path itself when the version does not have it). */
  field(path: string): string;
  /** A stored value as the form shows it: an option's title, else the value; `undefined` when it is not the field's option. */
  option(path: string, value: unknown): string | undefined;
  /** A criterion's title (its id when unknown). */
  criterion(id: string): string;
}

function nodeAt(schema: Node | undefined, path: string): Node | undefined {
  let node = schema;
  for (const key of path.split('.')) node = node?.properties?.[key];
  return node;
}

/**
 * Words for a checklist version's answers in `lang`: a field's title (the form's English where it
 * has one), a choice's option title, a criterion's title. Answers are stored by the form's dot
 * paths (`facilities.beds`), which say nothing to a reader.
 */
export function fieldWords(checklist: AuditChecklist | undefined, lang: string): FieldWords {
  const schema = checklist?.form?.schema as Node | undefined;
  const en = lang === 'en' ? checklist?.form?.i18n?.en : undefined;
  const criteria = new Map((checklist?.criteria ?? []).map((c) => [c.id, c.title]));
  return {
    field(path) {
      const title = nodeAt(schema, path)?.title;
      return en?.[`${path}.label`] ?? (typeof title === 'string' ? title : path);
    },
    option(path, value) {
      const node = nodeAt(schema, path);
      const options = (node?.oneOf ?? node?.items?.oneOf) as Node['oneOf'];
      const found = options?.find((o) => o.const === value);
      if (!found) return undefined;
      return (found.i18n ? en?.[found.i18n] : undefined) ?? en?.[`${path}.${String(value)}`] ?? found.title ?? String(value);
    },
    criterion(id) {
      const title = criteria.get(id);
      if (title === undefined) return id;
      if (typeof title === 'string') return title;
      return lang === 'en' ? (title.en ?? title.zh) : title.zh;
    },
  };
}
