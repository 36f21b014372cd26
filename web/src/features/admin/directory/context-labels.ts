import type { Localized } from '../../../i18n/i18n-context';

/** What `GET /api/context-fields` gives per checklist: its context fields with the labels of their codes. */
export interface ChecklistContextFields {
  subject: string;
  fields: readonly { id: string; options?: readonly { value: string; label: Localized }[] }[];
}

/** Context field id → value code → label, as the published checklists define them. */
export type ContextLabels = ReadonlyMap<string, ReadonlyMap<string, Localized>>;

/**
 * Collects the labels the institution (or region) checklists give the codes of their context fields (enum
 * options, scale levels). Where two checklists label one code differently the first listed wins:
 * the codes are shared vocabulary (`county-general`, `2-a`), so the labels agree in practice and
 * any one reads better than the code.
 */
export function contextLabels(checklists: readonly ChecklistContextFields[], subject: 'institution' | 'region' = 'institution'): ContextLabels {
  const labels = new Map<string, Map<string, Localized>>();
  for (const checklist of checklists) {
    if (checklist.subject !== subject) continue;
    for (const field of checklist.fields) {
      if (!field.options?.length) continue;
      const byValue = labels.get(field.id) ?? new Map<string, Localized>();
      for (const option of field.options) if (!byValue.has(option.value)) byValue.set(option.value, option.label);
      labels.set(field.id, byValue);
    }
  }
  return labels;
}

/** A context value as the directory shows it: its label where a checklist defines one, else the value itself. */
export function contextText(labels: ContextLabels, field: string, value: unknown, l: (text: Localized) => string): string {
  if (value === undefined || value === null) return '';
  const label = typeof value === 'string' ? labels.get(field)?.get(value) : undefined;
  return label ? l(label) : String(value);
}

/**
 * The codes a context field may take, as choices for a select: every code a checklist labels, in
 * the order first met, and the `current` value where no checklist knows it (so editing keeps it).
 */
export function contextChoices(labels: ContextLabels, field: string, current: string): { value: string; label: Localized | null }[] {
  const known = labels.get(field) ?? new Map<string, Localized>();
  const choices: { value: string; label: Localized | null }[] = [...known].map(([value, label]) => ({ value, label }));
  if (current && !known.has(current)) choices.push({ value: current, label: null });
  return choices;
}
