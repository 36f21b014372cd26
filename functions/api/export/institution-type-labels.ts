import type { ChecklistContextFields } from '../../domain/services/context-fields.js';

/** A code's label in Chinese, and in English where the checklist gives it. */
export type TypeLabels = ReadonlyMap<string, { zh: string; en?: string }>;

/**
 * The labels the published institution checklists give the codes of the `institutionType`
 * context field (`tcm` → 中医医院), the round's own checklist first: the dashboard names types the
 * same way (the first checklist to label a code wins there too), and a sheet should not show codes.
 */
export function institutionTypeLabels(checklists: readonly ChecklistContextFields[], roundChecklistId?: string): TypeLabels {
  const ordered = [...checklists].sort((a, b) => Number(b.checklistId === roundChecklistId) - Number(a.checklistId === roundChecklistId));
  const labels = new Map<string, { zh: string; en?: string }>();
  for (const checklist of ordered) {
    if (checklist.subject !== 'institution') continue;
    for (const option of checklist.fields.find((f) => f.id === 'institutionType')?.options ?? []) if (!labels.has(option.value)) labels.set(option.value, option.label);
  }
  return labels;
}
