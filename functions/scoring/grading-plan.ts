import { isFormat11 } from '../checklist/check-format-version.js';
import type { Band, Criterion, Localized, Target } from '../checklist/definition-schema.js';
import type { CompiledChecklist } from './assemble-compiled.js';
import { compileCondition, type CompiledCondition } from './compile-condition.js';
import { ContextTable } from './context-table.js';
import type { CriterionKind, GradeInput } from './kinds/criterion-kind.js';
import { kindOf } from './kinds/index.js';
import { isAnswered } from './read-values.js';
import { valueReader, type ValueReader, type ValuesPlan } from './submission-values.js';

/** One target a criterion may grade against, with when it applies and its grader. */
export interface TargetPlan {
  /** Undefined for the criterion's default `target`. */
  readonly when?: CompiledCondition;
  readonly target: Target;
  readonly note?: Localized;
  /** The fraction of the points an answer earns against this target; undefined when it cannot be graded. */
  readonly fraction: (value: unknown) => number | undefined;
  /** The target in words, worded on first use (texts pass) and kept: a version's targets never change. */
  text?: Localized;
}

/** One criterion, prepared: where its value comes from, when it applies, its targets. */
export interface CriterionPlan {
  readonly criterion: Criterion;
  readonly kind: CriterionKind;
  readonly read: ValueReader;
  /** Whether a value read is an answer the kind can grade (given, and of a shape it accepts). */
  readonly answered: (value: unknown) => boolean;
  readonly applies?: CompiledCondition;
  /** False for kinds without a target (info). */
  readonly graded: boolean;
  readonly targets: readonly TargetPlan[];
  readonly maxPoints: number;
  readonly evidenceRequired: boolean;
  readonly veto: boolean;
  readonly input: GradeInput;
}

/** A checklist version prepared for grading: everything that does not depend on a submission. */
export interface GradingPlan {
  readonly values: ValuesPlan;
  readonly criteria: readonly CriterionPlan[];
  /** For each of the definition's sections, the indices of its criteria in order. */
  readonly sectionMembers: readonly (readonly number[])[];
  /** Bands from the highest minimum down (ties keep the definition's order). */
  readonly bandsDown: readonly Band[];
  /** The band a veto caps the result at: `vetoBand`, or the lowest. */
  readonly vetoCap: Band | undefined;
}

function graderFor(kind: CriterionKind, target: Target, input: GradeInput): TargetPlan['fraction'] {
  const slow: TargetPlan['fraction'] = (value) => kind.grade(value, target, input)?.fraction;
  try {
    const compiled = kind.compileGrader?.(target, input);
    return typeof compiled === 'function' ? compiled : slow;
  } catch {
    // A target the kind cannot prepare (stored before validation caught it) is graded as before.
    return slow;
  }
}

function planCriterion(criterion: Criterion, compiled: CompiledChecklist, values: ValuesPlan): CriterionPlan {
  const kind = kindOf(criterion.kind);
  const scale = criterion.scale ? compiled.scales.get(criterion.scale) : undefined;
  const ref = criterion.value;
  const decimals = ref && 'derived' in ref ? compiled.derived.get(ref.derived)?.definition.decimals ?? 2 : undefined;
  const input: GradeInput = { criterion, ...(scale ? { scale } : {}), ...(decimals !== undefined ? { decimals } : {}) };
  const targets: TargetPlan[] = (criterion.targets ?? []).map((variant) => ({
    when: compileCondition(variant.when, values),
    target: variant.target,
    ...(variant.note ? { note: variant.note } : {}),
    fraction: graderFor(kind, variant.target, input),
  }));
  if (criterion.target) {
    targets.push({ target: criterion.target, ...(criterion.targetNote ? { note: criterion.targetNote } : {}), fraction: graderFor(kind, criterion.target, input) });
  }
  return {
    criterion,
    kind,
    read: valueReader(values, ref),
    answered: kind.accepts ? (value) => isAnswered(value) && kind.accepts!(value) : isAnswered,
    ...(criterion.appliesWhen ? { applies: compileCondition(criterion.appliesWhen, values) } : {}),
    graded: kind.target !== undefined,
    targets,
    maxPoints: criterion.weight ?? 1,
    evidenceRequired: criterion.evidence?.required ?? false,
    veto: criterion.veto ?? false,
    input,
  };
}

function buildPlan(compiled: CompiledChecklist): GradingPlan {
  const { definition } = compiled;
  const derived = [...compiled.derived.values()];
  const contextRanks = new Map<string, Map<unknown, number>>();
  for (const field of definition.context) {
    const scale = field.kind === 'scale' ? compiled.scales.get(field.scale ?? '') : undefined;
    if (!scale) continue;
    const ranks = new Map<unknown, number>();
    scale.levels.forEach((level, i) => {
      if (!ranks.has(level.value)) ranks.set(level.value, i);
    });
    contextRanks.set(field.id, ranks);
  }
  const values: ValuesPlan = {
    derived,
    derivedIndex: new Map(derived.map((d, i) => [d.definition.id, i])),
    format11: isFormat11(definition.format),
    contextRanks,
    table: new ContextTable(),
  };
  const sectionMembers = definition.sections.map((section) =>
    definition.criteria.flatMap((c, i) => (c.section === section.id ? [i] : [])));
  const bandsDown = [...definition.bands].sort((a, b) => b.min - a.min);
  const vetoCap = definition.vetoBand ? definition.bands.find((b) => b.id === definition.vetoBand) : [...definition.bands].sort((a, b) => a.min - b.min)[0];
  return { values, criteria: definition.criteria.map((c) => planCriterion(c, compiled, values)), sectionMembers, bandsDown, vetoCap };
}

const plans = new WeakMap<CompiledChecklist, GradingPlan>();

/**
 * The grading plan of a compiled checklist, prepared on its first score and kept with it (a
 * compiled checklist is immutable, and published versions are cached compiled): per criterion a
 * value reader with its path split, its conditions and targets as closures, its kind's grader.
 */
export function gradingPlan(compiled: CompiledChecklist): GradingPlan {
  let plan = plans.get(compiled);
  if (!plan) {
    plan = buildPlan(compiled);
    plans.set(compiled, plan);
  }
  return plan;
}
