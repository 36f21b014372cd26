import type { Localized } from '../../../i18n/i18n-context';

/** The part of a published definition that names context values: its fields and its (expanded) scales. */
export interface ContextDefinition {
  context?: readonly { id: string; kind: string; options?: readonly { value: string; label: Localized }[]; scale?: string }[];
  scales?: Readonly<Record<string, { levels?: readonly { value: string; label: Localized }[] } | { ref: string }>>;
}

/** Context field id → value code → label, as the published checklists define them. */
export type ContextLabels = ReadonlyMap<string, ReadonlyMap<string, Localized>>;

/**
 * Collects the labels of every enum option and scale level that `definitions` give a context field.
 * Where two checklists label one code differently the first listed wins: the codes are shared
 * vocabulary (`county-general`, `2-a`), so the labels agree in practice and any one reads better
 * than the code.
 */
export function contextLabels(definitions: readonly ContextDefinition[]): ContextLabels {
  const labels = new Map<string, Map<string, Localized>>();
  for (const definition of definitions) {
    for (const field of definition.context ?? []) {
      const scale = field.kind === 'scale' && field.scale ? definition.scales?.[field.scale] : undefined;
      // A published definition has its scale references expanded; an unexpanded `ref` names no levels.
      const choices = field.kind === 'enum' ? field.options : scale && 'levels' in scale ? scale.levels : undefined;
      if (!choices?.length) continue;
      const byValue = labels.get(field.id) ?? new Map<string, Localized>();
      for (const choice of choices) if (!byValue.has(choice.value)) byValue.set(choice.value, choice.label);
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
