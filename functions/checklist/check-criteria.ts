import type { Criterion, Target } from './definition-schema.js';
import type { CheckContext } from './check-context.js';
import { checkCondition } from './check-conditions.js';
import { checkVetoBasis } from './check-veto-basis.js';
import { checkRowsRef } from './check-rows-ref.js';

const NUMERIC_KINDS = new Set(['numeric', 'count']);

function targetShape(target: Target): 'numeric' | 'ordinal' | 'coverage' | 'boolean' {
  if ('equals' in target) return 'boolean';
  if ('level' in target) return 'ordinal';
  if ('op' in target) return 'numeric';
  return 'coverage';
}

const EXPECTED_SHAPE: Record<string, string> = {
  boolean: 'boolean', numeric: 'numeric', count: 'numeric', ordinal: 'ordinal', coverage: 'coverage',
};

function checkTarget(ctx: CheckContext, criterion: Criterion, target: Target, ...path: (string | number)[]): void {
  if (criterion.kind === 'info') return; // reported once as info-target
  const shape = targetShape(target);
  if (EXPECTED_SHAPE[criterion.kind] !== shape) {
    ctx.issue('target-kind', { kind: criterion.kind, problem: 'other-kind', got: shape }, ...path);
    return;
  }
  if ('level' in target && criterion.scale) {
    const levels = ctx.definition.scales?.[criterion.scale]?.levels.map((l) => l.value) ?? [];
    if (!levels.includes(target.level)) ctx.report('unknown-level', `level "${target.level}" is not in scale "${criterion.scale}"`, ...path, 'level');
  }
  if ('op' in target && target.op === 'between' && target.min > target.max) {
    ctx.report('empty-range', `min ${target.min} is above max ${target.max}`, ...path);
  }
  if ('min' in target && target.min !== undefined && criterion.items && target.min > criterion.items.length) {
    ctx.report('coverage-min', `min ${target.min} exceeds the ${criterion.items.length} listed items`, ...path, 'min');
  }
}

function checkValueType(ctx: CheckContext, criterion: Criterion, ...path: (string | number)[]): void {
  const ref = criterion.value;
  if (!ref) {
    if (criterion.kind !== 'info') ctx.report('missing-value', `a ${criterion.kind} criterion must say which value it reads`, ...path);
    return;
  }
  if ('derived' in ref) {
    if (!ctx.derivedIds.has(ref.derived)) ctx.report('unknown-derived', `derived value "${ref.derived}" is not defined in /derived`, ...path, 'value', 'derived');
    else if (!NUMERIC_KINDS.has(criterion.kind) && criterion.kind !== 'info') {
      ctx.report('value-type', `derived values are numbers; a ${criterion.kind} criterion cannot read one`, ...path, 'value');
    }
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
  const type = field.type;
  const bad = (expected: string) => ctx.report('value-type', `a ${criterion.kind} criterion reads ${expected}; field "${ref.field}" is ${type ?? 'untyped'}`, ...at);
  switch (criterion.kind) {
    case 'boolean':
      if (type !== 'boolean') bad('a boolean');
      break;
    case 'numeric':
      if (type !== 'number' && type !== 'integer') bad('a number');
      break;
    case 'count':
      if (type !== 'number' && type !== 'integer' && type !== 'array') bad('an integer or a list');
      break;
    case 'ordinal': {
      if (type !== 'string') bad('a string holding a scale level');
      const levels = criterion.scale ? ctx.definition.scales?.[criterion.scale]?.levels.map((l) => l.value) : undefined;
      if (levels && field.values) {
        const stray = field.values.filter((value) => !levels.includes(value));
        if (stray.length) ctx.report('unknown-level', `field "${ref.field}" offers values not in scale "${criterion.scale}": ${stray.join(', ')}`, ...at);
      } else if (levels && !field.values) {
        ctx.report('value-type', `field "${ref.field}" must list the scale's levels (enum or oneOf consts)`, ...at);
      }
      break;
    }
    case 'coverage': {
      if (type !== 'array') bad('a list of item values');
      const items = (criterion.items ?? []).map((i) => i.value);
      const offered = field.itemValues ?? [];
      const missing = items.filter((i) => !offered.includes(i));
      const extra = offered.filter((i) => !items.includes(i));
      if (missing.length || extra.length) {
        ctx.report('coverage-items', `field "${ref.field}" items must match the criterion's items (missing: ${missing.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'})`, ...at);
      }
      break;
    }
  }
}

function checkKindExtras(ctx: CheckContext, criterion: Criterion, ...path: (string | number)[]): void {
  const { kind } = criterion;
  if (kind === 'ordinal') {
    if (!criterion.scale) ctx.report('missing-scale', 'an ordinal criterion must name its scale', ...path);
    else if (!ctx.definition.scales?.[criterion.scale]) ctx.report('unknown-scale', `scale "${criterion.scale}" is not defined in /scales`, ...path, 'scale');
  }
  if (kind === 'coverage' && !criterion.items?.length) ctx.report('missing-items', 'a coverage criterion must list its items', ...path);
  if (kind === 'info') {
    if (criterion.weight) ctx.report('info-weight', 'informational items carry no points', ...path, 'weight');
    if (criterion.target || criterion.targets) ctx.report('info-target', 'informational items have no target', ...path);
    if (criterion.veto) ctx.report('info-veto', 'an informational item cannot be a veto item', ...path, 'veto');
    return;
  }
  if (!criterion.target && !criterion.targets?.length) ctx.report('missing-target', `a ${kind} criterion needs a target or targets`, ...path);
  const credit = criterion.credit?.mode;
  if (credit === 'linear' && !['numeric', 'count', 'ordinal'].includes(kind)) ctx.report('credit-kind', `linear credit does not apply to ${kind} criteria`, ...path, 'credit');
  if (credit === 'proportional' && kind !== 'coverage') ctx.report('credit-kind', 'proportional credit applies to coverage criteria only', ...path, 'credit');
  const from = criterion.credit && 'from' in criterion.credit ? criterion.credit.from : undefined;
  if (from !== undefined) {
    if (kind === 'ordinal') {
      const levels = criterion.scale ? ctx.definition.scales?.[criterion.scale]?.levels.map((l) => l.value) ?? [] : [];
      if (!levels.includes(String(from))) ctx.report('unknown-level', `credit.from "${String(from)}" is not a level of scale "${criterion.scale}"`, ...path, 'credit', 'from');
    } else if (typeof from !== 'number') {
      ctx.report('credit-from', 'credit.from must be a number for numeric criteria', ...path, 'credit', 'from');
    }
  }
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
