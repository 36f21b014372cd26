import type { CheckContext } from './check-context.js';
import { deref, isNode, resolveScope, type SchemaNode } from './resolve-scope.js';

type Path = (string | number)[];

/** What scopes at one place of the UI schema are relative to: the form, or one row of a repeat group. */
interface Frame {
  base: unknown;
  /** The repeat group (or object) whose `detail` layout this is, for messages. */
  row?: string;
}

/**
 * Checks one scope and returns the schema node it binds, or undefined (reported) when JSON Forms
 * could not bind it to an answer.
 */
function checkScope(ctx: CheckContext, scope: string, frame: Frame, path: Path): SchemaNode | undefined {
  const resolved = resolveScope(scope, frame.base, ctx.definition.form.schema);
  if (resolved.ok) return resolved.node;
  ctx.issue('ui-scope', { scope, problem: resolved.problem, ...(frame.row ? { row: frame.row } : {}) }, ...path, 'scope');
  return undefined;
}

/** A rule's condition: a leaf or schema-based condition with a scope, or `OR`/`AND` over conditions. */
function checkCondition(ctx: CheckContext, condition: unknown, frame: Frame, path: Path): void {
  if (!isNode(condition)) return;
  if ((condition.type === 'OR' || condition.type === 'AND') && Array.isArray(condition.conditions)) {
    condition.conditions.forEach((c, i) => checkCondition(ctx, c, frame, [...path, 'conditions', i]));
    return;
  }
  if (typeof condition.scope === 'string') checkScope(ctx, condition.scope, frame, path);
}

/**
 * Walks a UI schema element as JSON Forms renders it: layouts (`VerticalLayout`, `HorizontalLayout`,
 * `Group`, `Categorization`, `Category`) by their `elements`, `Label`s (no scope), controls by
 * their scope, rules (`SHOW`/`HIDE`/`ENABLE`/`DISABLE`, scope relative to where the element sits),
 * and a control's `options.detail` layout, whose scopes are relative to one item of the array (or
 * to the object) the control binds.
 */
function checkElement(ctx: CheckContext, element: unknown, frame: Frame, path: Path): void {
  if (!isNode(element)) return;
  const bound = typeof element.scope === 'string' ? checkScope(ctx, element.scope, frame, path) : undefined;
  if (isNode(element.rule)) checkCondition(ctx, element.rule.condition, frame, [...path, 'rule', 'condition']);
  if (Array.isArray(element.elements)) element.elements.forEach((child, i) => checkElement(ctx, child, frame, [...path, 'elements', i]));
  const detail = isNode(element.options) ? element.options.detail : undefined;
  if (bound && isNode(detail)) {
    const root = ctx.definition.form.schema;
    const base = bound.type === 'array' ? deref(bound.items, root) : bound;
    const row = typeof element.scope === 'string' ? element.scope : undefined;
    checkElement(ctx, detail, { base, ...(row ? { row } : {}) }, [...path, 'options', 'detail']);
  }
}

/** Checks that every scope in the form's UI schema binds an answer the way JSON Forms would. */
export function checkUiSchema(ctx: CheckContext): void {
  checkElement(ctx, ctx.definition.form.uischema, { base: ctx.definition.form.schema }, ['form', 'uischema']);
}
