import * as v from 'valibot';
import type { Criterion, Target } from './definition-schema.js';
import type { CheckContext } from './check-context.js';
import { checkCondition } from './check-conditions.js';
import { checkVetoBasis } from './check-veto-basis.js';
import { checkRowsRef } from './check-rows-ref.js';
import { CRITERION_KINDS, kindOf, KIND_NAMES } from '../scoring/kinds/index.js';

/** The first kind whose target schema the target fits: what the author seems to have meant. */
function kindOfTarget(target: Target): string {
  return KIND_NAMES.find((name) => { const shape = kindOf(name).target; return shape && v.is(shape.schema, target); }) ?? 'unknown';
}

function checkTarget(ctx: CheckContext, criterion: Criterion, target: Target, ...path: (string | number)[]): void {
  const kind = kindOf(criterion.kind);
  if (!kind.target) return; // reported once by the kind (info-target)
  if (!v.is(kind.target.schema, target)) {
    ctx.issue('target-kind', { kind: criterion.kind, problem: 'other-kind', got: kindOfTarget(target) }, ...path);
    return;
  }
  kind.checkTarget?.(ctx, criterion, target, path);
}

function checkValueType(ctx: CheckContext, criterion: Criterion, ...path: (string | number)[]): void {
  const kind = kindOf(criterion.kind);
  const ref = criterion.value;
  if (!ref) {
    if (!kind.optionalValue) ctx.report('missing-value', `a ${criterion.kind} criterion must say which value it reads`, ...path);
    return;
  }
  if ('derived' in ref) {
    if (!ctx.derivedIds.has(ref.derived)) ctx.report('unknown-derived', `derived value "${ref.derived}" is not defined in /derived`, ...path, 'value', 'derived');
    else if (!kind.readsNumbers) ctx.report('value-type', `derived values are numbers; a ${criterion.kind} criterion cannot read one`, ...path, 'value');
    return;
  }
  if ('rows' in ref) {
    checkRowsRef(ctx, criterion, ref, ...path);
    return;
  }
  const field = ctx.fields.get(ref.field);
  const at = [...path, 'value', 'field'];
  if (!field) {
    ctx.report('unknown-field', `form field "${ref.field}" does not exist in /form/schema`, ...at);
    return;
  }
  kind.checkField(ctx, criterion, field, at);
}

function checkCredit(ctx: CheckContext, criterion: Criterion, ...path: (string | number)[]): void {
  const kind = kindOf(criterion.kind);
  const credit = criterion.credit?.mode;
  if (credit === 'linear' && !kind.credit.includes('linear')) ctx.report('credit-kind', `linear credit does not apply to ${criterion.kind} criteria`, ...path, 'credit');
  if (credit === 'proportional' && !kind.credit.includes('proportional')) {
    const kinds = Object.entries(CRITERION_KINDS).filter(([, k]) => (k.credit as readonly string[]).includes('proportional')).map(([name]) => name);
    ctx.report('credit-kind', `proportional credit applies to ${kinds.join(', ')} criteria only`, ...path, 'credit');
  }
  const from = criterion.credit && 'from' in criterion.credit ? criterion.credit.from : undefined;
  if (from === undefined) return;
  if (kind.creditFrom === 'level') {
    const levels = criterion.scale ? ctx.definition.scales?.[criterion.scale]?.levels.map((l) => l.value) ?? [] : [];
    if (!levels.includes(String(from))) ctx.report('unknown-level', `credit.from "${String(from)}" is not a level of scale "${criterion.scale}"`, ...path, 'credit', 'from');
  } else if (typeof from !== 'number') {
    ctx.report('credit-from', 'credit.from must be a number for numeric criteria', ...path, 'credit', 'from');
  }
}

function checkKindExtras(ctx: CheckContext, criterion: Criterion, ...path: (string | number)[]): void {
  const kind = kindOf(criterion.kind);
  kind.checkCriterion?.(ctx, criterion, path);
  if (criterion.display === 'ratio' && !kind.ratio) ctx.report('display-kind', 'a ratio display is for numeric criteria', ...path, 'display');
  if (!kind.target) return;
  if (!criterion.target && !criterion.targets?.length) ctx.report('missing-target', `a ${criterion.kind} criterion needs a target or targets`, ...path);
  checkCredit(ctx, criterion, ...path);
}

/** Cross-checks every criterion against the sections, form fields, scales and context it names. */
export function checkCriteria(ctx: CheckContext): void {
  const sectionIds = new Set(ctx.definition.sections.map((s) => s.id));
  ctx.definition.criteria.forEach((criterion, index) => {
    const path = ['criteria', index] as const;
    if (!sectionIds.has(criterion.section)) ctx.report('unknown-section', `section "${criterion.section}" is not defined in /sections`, ...path, 'section');
    checkKindExtras(ctx, criterion, ...path);
    checkVetoBasis(ctx, criterion, ...path);
    checkValueType(ctx, criterion, ...path);
    if (criterion.target) checkTarget(ctx, criterion, criterion.target, ...path, 'target');
    criterion.targets?.forEach((variant, i) => {
      checkTarget(ctx, criterion, variant.target, ...path, 'targets', i, 'target');
      checkCondition(ctx, variant.when, ...path, 'targets', i, 'when');
    });
    if (criterion.appliesWhen) checkCondition(ctx, criterion.appliesWhen, ...path, 'appliesWhen');
  });
}
