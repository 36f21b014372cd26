import type { CompiledChecklist, Criterion } from '../../lib/published-engine';

/** The answer paths a criterion reads: its field, or every input of the derived value it reads. */
export function criterionFields(compiled: CompiledChecklist, criterion: Criterion): readonly string[] {
  const value = criterion.value as { field?: string; derived?: string } | undefined;
  if (value?.field) return [value.field];
  return value?.derived ? (compiled.derived.get(value.derived)?.inputs ?? []) : [];
}

/** Every answer path the given criteria read (a derived value's inputs all count: each must be filled). */
export function fieldsReadBy(compiled: CompiledChecklist, criterionIds: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(compiled.definition.criteria.filter((c) => criterionIds.has(c.id)).flatMap((c) => criterionFields(compiled, c)));
}
