import type { Subject } from '../model/participant.js';

/** Text in Chinese, and in English where the checklist gives it. */
type Localized = { zh: string; en?: string };

/** One context field as a published checklist declares it, with the labels of its codes. */
export interface ContextFieldInfo {
  id: string;
  label: Localized;
  kind: 'enum' | 'number' | 'scale' | 'text';
  unit?: Localized;
  /** The codes it takes and their labels: an enum's options, or the levels of a (published, so expanded) scale. */
  options?: { value: string; label: Localized }[];
}

/** The context fields of one published checklist version. */
export interface ChecklistContextFields {
  checklistId: string;
  version: number;
  subject: Subject;
  title: Localized;
  fields: ContextFieldInfo[];
}

interface FieldShape {
  id: string;
  label: Localized;
  kind: ContextFieldInfo['kind'];
  unit?: Localized;
  options?: { value: string; label: Localized }[];
  scale?: string;
}

/**
 * The context fields of a published definition, each with the labels of its codes. Published
 * definitions have their standard scale references expanded; a scale still given as `{ ref }`
 * (or missing) names no levels, and its field comes without options rather than failing.
 */
export function contextFieldsOf(definition: Record<string, unknown>): ContextFieldInfo[] {
  const fields = (Array.isArray(definition.context) ? definition.context : []) as FieldShape[];
  const scales = (definition.scales ?? {}) as Record<string, { levels?: { value: string; label: Localized }[] }>;
  return fields.map((field) => {
    const choices = field.kind === 'enum' ? field.options : field.kind === 'scale' && field.scale ? scales[field.scale]?.levels : undefined;
    return {
      id: field.id,
      label: field.label,
      kind: field.kind,
      ...(field.unit ? { unit: field.unit } : {}),
      ...(choices?.length ? { options: choices.map(({ value, label }) => ({ value, label })) } : {}),
    };
  });
}
