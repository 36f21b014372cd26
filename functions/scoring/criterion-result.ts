import type { Criterion, Localized, Target } from '../checklist/definition-schema.js';
import type { CompiledChecklist } from './compile.js';
import { evidenceCount, type Grading } from './grade-submission.js';
import { isAnswered } from './read-values.js';
import type { CriterionResult } from './result-types.js';
import { yesNo } from './kinds/boolean.js';
import { coverageActualText } from './kinds/coverage.js';
import type { CriterionKind } from './kinds/criterion-kind.js';
import { kindOf } from './kinds/index.js';
import { numericText } from './kinds/numeric.js';
import { optionLabel } from './option-labels.js';
import { label, quantity } from './words.js';

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


/**
 * One criterion's result, worded from its grading: the value read and the target in words, and
 * the gap where it falls short. Built as one object literal of one fixed shape: spreading a shared
 * `base` into each result made V8 copy through its slow path (issue 13's engine bench).
 */
export function criterionResult(grading: Grading, i: number, compiled: CompiledChecklist): CriterionResult {
  const plan = grading.plan.criteria[i]!;
  const { criterion, kind } = plan;
  const raw = grading.values[i];
  const status = grading.statuses[i]!;
  const reason = grading.reasons[i];
  const selected = grading.targets[i];
  const answered = isAnswered(raw) && (kind.accepts?.(raw) ?? true);
  let actual: CriterionResult['actual'] = null;
  if (answered) {
    const decimals = shownDecimals(kind, criterion, raw, selected?.target, compiled);
    actual = { value: shownValue(criterion, raw, decimals, compiled), text: actualText(kind, criterion, raw, decimals, compiled) };
  }
  let target: CriterionResult['target'] = null;
  let gap: CriterionResult['gap'] = null;
  if (selected) {
    selected.text ??= describe(criterion, selected.target, compiled);
    target = selected.note ? { text: selected.text, note: selected.note } : { text: selected.text };
    if (reason === 'evidence-missing') gap = { amount: null, text: { zh: '缺少佐证材料', en: 'evidence missing' } };
    // A target met leaves no gap; only what falls short is worded, by the kind that graded it.
    else if (status === 'partial' || status === 'not-met') gap = kind.grade(raw, selected.target, plan.input)?.gap ?? null;
  }
  const result: CriterionResult = {
    id: criterion.id, section: criterion.section, title: criterion.title, clause: criterion.clause, kind: criterion.kind,
    veto: plan.veto, evidence: { required: plan.evidenceRequired, provided: evidenceCount(grading.submission, criterion.id) },
    status, actual, target, points: grading.points[i]!, maxPoints: grading.maxPoints[i]!, gap,
  };
  if (reason !== undefined) result.reason = reason;
  if (criterion.veto && criterion.vetoBasis) result.vetoBasis = criterion.vetoBasis;
  return result;
}
