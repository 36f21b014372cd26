import type { Localized } from '../../../i18n/i18n-context';
import type { CompiledChecklist } from '../../../lib/engine';
import type { DefinitionProblem } from './api/queries';
import type { SampleContext } from './components/ContextInputs';
import { contextOptions } from './context-choices';

/** A context value the dry run needed and the preview did not give: its key, its label and the labels of the values it allows (none for numbers and text). */
export interface MissingContext {
  id: string;
  label: Localized;
  allowed: Localized[];
}

/**
 * The context keys a dry run's sample issues say are missing (`context-required` at `/<key>`),
 * each with the label the definition gives it and its allowed values, in the definition's order, without repeats.
 */
export function missingContext(issues: readonly DefinitionProblem[], compiled: CompiledChecklist): MissingContext[] {
  const missing = new Set(issues.filter((i) => i.code === 'context-required').map((i) => i.path.replace(/^\//, '').split('/')[0]!));
  return compiled.definition.context.filter((f) => missing.has(f.id)).map((f) => ({ id: f.id, label: f.label, allowed: contextOptions(compiled, f.id).map((o) => o.label) }));
}

/**
 * The preview's context with the values a participant's directory entry holds for the keys the
 * definition declares (an institution's `institutionType`, a region's `population`); the year and
 * round, and keys the participant lacks, stay as they were.
 */
export function contextFrom(current: SampleContext, participant: Record<string, unknown> | undefined, compiled: CompiledChecklist): SampleContext {
  const next = { ...current };
  for (const field of compiled.definition.context) {
    const value = participant?.[field.id];
    if (typeof value === 'string' || typeof value === 'number') next[field.id] = value;
  }
  return next;
}
