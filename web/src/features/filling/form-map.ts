import type { CompiledChecklist, Criterion } from '../../lib/engine.js';
import { SECTION_OPTION } from './renderers/section-layout';

/** A Category of the checklist's UI schema: one plan section, one step of the form. */
export interface FormSection {
  id: string;
  /** The category's own elements, rendered as a vertical layout (the first fields first: `renderers/section-layout.tsx`). */
  uischema: { type: 'VerticalLayout'; elements: unknown[]; options: Record<string, unknown> };
  /** Answer paths (`facilities.beds`) of the controls in this section. */
  fields: string[];
}

/** Where criteria show in the form, and which section holds each field. */
export interface FormMap {
  sections: FormSection[];
  /** Criteria shown under a field: those reading it, or reading a derived value whose last input it is. */
  criteriaAt: ReadonlyMap<string, Criterion[]>;
  sectionOfField(path: string): number;
  /** The field a criterion is shown at (for links from the problem list); undefined if none. */
  fieldOfCriterion(id: string): string | undefined;
}

/** `#/properties/a/properties/b` → `a.b`. */
export function scopeToPath(scope: string): string {
  return scope.replace(/^#\/?/, '').split('/').filter((s, i) => !(i % 2 === 0 && s === 'properties')).join('.');
}

function collectScopes(node: unknown, out: string[]): void {
  if (!node || typeof node !== 'object') return;
  const n = node as { scope?: string; elements?: unknown[] };
  if (typeof n.scope === 'string') out.push(scopeToPath(n.scope));
  for (const child of n.elements ?? []) collectScopes(child, out);
}

/** Builds the map from the definition alone: no per-plan code, so any published checklist works. */
export function buildFormMap(compiled: CompiledChecklist): FormMap {
  const { definition } = compiled;
  const ui = definition.form.uischema as { type: string; elements?: unknown[]; i18n?: string; label?: string };
  const categories = ui.type === 'Categorization' ? (ui.elements ?? []) : [ui];
  const sections: FormSection[] = categories.map((c, i) => {
    const cat = c as { i18n?: string; elements?: unknown[] };
    const fields: string[] = [];
    collectScopes(cat, fields);
    return { id: cat.i18n ?? definition.sections[i]?.id ?? String(i), uischema: { type: 'VerticalLayout', elements: cat.elements ?? [], options: { [SECTION_OPTION]: true } }, fields };
  });
  const order = new Map<string, number>();
  sections.forEach((s) => s.fields.forEach((f) => order.set(f, order.size)));
  const anchor = new Map<string, string>();
  const criteriaAt = new Map<string, Criterion[]>();
  for (const criterion of definition.criteria) {
    const value = criterion.value as { field?: string; derived?: string } | undefined;
    let field = value?.field;
    if (value?.derived) {
      // A derived value is complete once its last input (in form order) is filled: show it there.
      const inputs = [...(compiled.derived.get(value.derived)?.inputs ?? [])].filter((f) => order.has(f));
      field = inputs.sort((a, b) => order.get(a)! - order.get(b)!).pop();
    }
    if (!field || !order.has(field)) continue;
    anchor.set(criterion.id, field);
    criteriaAt.set(field, [...(criteriaAt.get(field) ?? []), criterion]);
  }
  const sectionOfField = (path: string) => {
    const index = sections.findIndex((s) => s.fields.some((f) => path === f || path.startsWith(`${f}.`) || f.startsWith(`${path}.`)));
    return index < 0 ? 0 : index;
  };
  return { sections, criteriaAt, sectionOfField, fieldOfCriterion: (id) => anchor.get(id) };
}
