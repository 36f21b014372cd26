/** What the fit needs of a checklist definition: its subject, context fields and scales. */
export interface FitDefinition {
  subject?: string;
  context?: { id: string; kind: string; required?: boolean; declaredBy?: string; options?: { value: string }[]; scale?: string }[];
  scales?: Record<string, { levels?: { value: string }[] }>;
}

/** One context value a participant must hold for the checklist to apply to it: the field and the codes it may take. */
export interface Requirement {
  field: string;
  values: Set<string>;
}

/**
 * What a checklist asks of its participants' recorded context: each required enum or scale field
 * an administrator sets (not one the participant declares in the submission), with its codes.
 * A person checklist asks nothing here: its context describes people, not the institutions picked.
 */
export function requirementsOf(definition: FitDefinition | undefined): Requirement[] {
  if (!definition || definition.subject === 'person') return [];
  return (definition.context ?? []).flatMap((field) => {
    if (!field.required || field.declaredBy === 'participant') return [];
    const codes = field.kind === 'enum' ? field.options : field.kind === 'scale' && field.scale ? definition.scales?.[field.scale]?.levels : undefined;
    return codes?.length ? [{ field: field.id, values: new Set(codes.map((c) => c.value)) }] : [];
  });
}

/**
 * Whether a checklist can apply to a participant: its directory context holds, for every
 * requirement, one of the codes the checklist knows (a Taiyuan county hospital, `county-general`,
 * is no participant of Haining's checklist, whose types are `general`, `tcm`, `specialty`).
 */
export function fitsChecklist(requirements: Requirement[], context: Record<string, unknown> | undefined): boolean {
  return requirements.every((r) => r.values.has(String(context?.[r.field] ?? '')));
}
