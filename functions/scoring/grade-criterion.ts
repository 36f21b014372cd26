import type { Criterion, Localized, Target } from '../checklist/definition-schema.js';
import type { CompiledChecklist } from './compile.js';
import { evaluateCondition, type ConditionInput } from './conditions.js';
import { isAnswered } from './read-values.js';
import type { CriterionResult, Submission } from './result-types.js';
import { yesNo } from './kinds/boolean.js';
import { coverageActualText } from './kinds/coverage.js';
import type { CriterionKind, GradeInput } from './kinds/criterion-kind.js';
import { kindOf } from './kinds/index.js';
import { numericText } from './kinds/numeric.js';
import { optionLabel } from './option-labels.js';
import { label, quantity } from './words.js';

/** Values a submission offers to criteria: answers by path and derived values by id, each computed once. */
export interface ValueSource extends ConditionInput {
  read(ref: Criterion['value']): unknown;
}

function selectTarget(criterion: Criterion, input: ConditionInput): { target: Target; note?: Localized } | undefined {
  for (const variant of criterion.targets ?? []) {
    if (evaluateCondition(variant.when, input)) return variant;
  }
  if (!criterion.target) return undefined;
  return criterion.targetNote ? { target: criterion.target, note: criterion.targetNote } : { target: criterion.target };
}

/** A target in words, as results state it (`≥ 50张（不低于）`); the console's version diff words targets with it too. */
export function describe(criterion: Criterion, target: Target, compiled: CompiledChecklist): Localized {
  const scale = criterion.scale ? compiled.scales.get(criterion.scale) : undefined;
  return kindOf(criterion.kind).targetText(target, criterion, scale) ?? { zh: JSON.stringify(target), en: JSON.stringify(target) };
}

function derivedDecimals(criterion: Criterion, compiled: CompiledChecklist): number | undefined {
  const ref = criterion.value;
  return ref && 'derived' in ref ? compiled.derived.get(ref.derived)?.definition.decimals ?? 2 : undefined;
}

const roundTo = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/**
 * Decimals to show a number with: its declared ones (derived) or two, and more while the shown
 * value would grade differently from the graded one, so "1.6 against ≥ 1.6, not met" cannot be
 * printed. (Format 1.1 grades a derived value as shown, so there it never needs more.)
 */
function shownDecimals(kind: CriterionKind, criterion: Criterion, raw: unknown, target: Target | undefined, compiled: CompiledChecklist): number | undefined {
  const declared = derivedDecimals(criterion, compiled);
  const meets = kind.meets;
  if (typeof raw !== 'number' || !target || !meets) return declared;
  const met = (n: number) => meets(n, target);
  let decimals = declared ?? 2;
  while (decimals < 6 && met(roundTo(raw, decimals)) !== met(raw)) decimals += 1;
  return decimals;
}

/** A derived value as shown (rounded to the decimals it is shown with); answers are kept as given. */
function shownValue(criterion: Criterion, raw: unknown, decimals: number | undefined, compiled: CompiledChecklist): unknown {
  if (derivedDecimals(criterion, compiled) === undefined || typeof raw !== 'number') return raw;
  return roundTo(raw, decimals ?? 2);
}

function choiceText(criterion: Criterion, value: string, compiled: CompiledChecklist): Localized {
  const ref = criterion.value;
  const option = ref && 'field' in ref ? optionLabel(compiled.definition, ref.field, value) : undefined;
  return option ? label(option) : { zh: value, en: value };
}

function actualText(kind: CriterionKind, criterion: Criterion, value: unknown, decimals: number | undefined, compiled: CompiledChecklist): Localized {
  if (typeof value === 'boolean') return yesNo(value);
  if (criterion.items && Array.isArray(value)) return coverageActualText(value, criterion.items);
  if (criterion.scale) {
    const level = compiled.scales.get(criterion.scale)?.levels.find((l) => l.value === value);
    if (level) return label(level.label);
  }
  if (typeof value === 'number') return numericText(value, criterion.unit, criterion.display, decimals);
  const worded = kind.actualText?.(value, criterion, (v) => choiceText(criterion, v, compiled));
  if (worded) return worded;
  if (Array.isArray(value)) return quantity(value.length, criterion.unit);
  if (typeof value === 'string') return choiceText(criterion, value, compiled);
  return { zh: String(value), en: String(value) };
}

function gradeInput(criterion: Criterion, compiled: CompiledChecklist): GradeInput {
  const scale = criterion.scale ? compiled.scales.get(criterion.scale) : undefined;
  const decimals = derivedDecimals(criterion, compiled);
  return { criterion, ...(scale ? { scale } : {}), ...(decimals !== undefined ? { decimals } : {}) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

type Outcome = Pick<CriterionResult, 'status' | 'actual' | 'target' | 'points' | 'maxPoints' | 'gap'> & { reason?: CriterionResult['reason'] };

/**
 * One criterion's result, as an object literal of one fixed shape: spreading a shared `base` into
 * each result made V8 copy through its slow path and dominated scoring (issue 13's engine bench).
 */
function resultOf(criterion: Criterion, provided: number, o: Outcome): CriterionResult {
  const result: CriterionResult = {
    id: criterion.id, section: criterion.section, title: criterion.title, clause: criterion.clause, kind: criterion.kind,
    veto: criterion.veto ?? false, evidence: { required: criterion.evidence?.required ?? false, provided },
    status: o.status, actual: o.actual, target: o.target, points: o.points, maxPoints: o.maxPoints, gap: o.gap,
  };
  if (o.reason !== undefined) result.reason = o.reason;
  if (criterion.veto && criterion.vetoBasis) result.vetoBasis = criterion.vetoBasis;
  return result;
}

/** Grades one criterion: applicability, target selection, comparison, evidence, points and gap. */
export function gradeCriterion(criterion: Criterion, compiled: CompiledChecklist, values: ValueSource, submission: Submission): CriterionResult {
  const provided = submission.evidence?.[criterion.id]?.length ?? 0;
  const kind = kindOf(criterion.kind);
  const raw = criterion.value ? values.read(criterion.value) : undefined;
  const answered = isAnswered(raw) && (kind.accepts?.(raw) ?? true);
  const actualFor = (target?: Target) => {
    if (!answered) return null;
    const decimals = shownDecimals(kind, criterion, raw, target, compiled);
    return { value: shownValue(criterion, raw, decimals, compiled), text: actualText(kind, criterion, raw, decimals, compiled) };
  };
  const actual = actualFor();
  const notApplicable = (reason: CriterionResult['reason']): CriterionResult =>
    resultOf(criterion, provided, { status: 'not-applicable', reason, actual, target: null, points: 0, maxPoints: 0, gap: null });
  if (criterion.appliesWhen && !evaluateCondition(criterion.appliesWhen, values)) return notApplicable('condition-not-met');
  if (!kind.target) {
    return resultOf(criterion, provided, { status: 'info', actual, target: null, points: 0, maxPoints: 0, gap: null });
  }
  const selected = selectTarget(criterion, values);
  if (!selected) return notApplicable('no-target-for-context');
  const maxPoints = criterion.weight ?? 1;
  const shown = actualFor(selected.target);
  const target = { text: describe(criterion, selected.target, compiled), ...(selected.note ? { note: selected.note } : {}) };
  const graded = answered ? kind.grade(raw, selected.target, gradeInput(criterion, compiled)) : undefined;
  if (!graded) {
    return resultOf(criterion, provided, { status: 'missing', reason: 'no-answer', actual: shown, target, points: 0, maxPoints, gap: null });
  }
  if ((criterion.evidence?.required ?? false) && provided === 0 && graded.fraction > 0) {
    return resultOf(criterion, provided, {
      status: 'not-met', reason: 'evidence-missing', actual: shown, target, points: 0, maxPoints,
      gap: { amount: null, text: { zh: '缺少佐证材料', en: 'evidence missing' } },
    });
  }
  const status = graded.fraction >= 1 ? 'met' : graded.fraction > 0 ? 'partial' : 'not-met';
  return resultOf(criterion, provided, { status, actual: shown, target, points: round2(maxPoints * graded.fraction), maxPoints, gap: graded.gap });
}
