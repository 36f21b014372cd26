import type { ChecklistDefinition, Localized } from '../checklist/definition-schema.js';

type Node = Record<string, unknown>;
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x);

const cache = new WeakMap<ChecklistDefinition, Map<string, Map<string, Localized>>>();

function schemaNode(definition: ChecklistDefinition, path: string): Node | undefined {
  let node: unknown = definition.form.schema;
  for (const key of path.split('.')) {
    const properties = isNode(node) ? node.properties : undefined;
    node = isNode(properties) ? properties[key] : undefined;
  }
  return isNode(node) ? node : undefined;
}

/** The labels a form gives its options (`oneOf`/`anyOf` of `{const, title}`), English from the form's i18n. */
function labelsOf(definition: ChecklistDefinition, path: string, node: Node | undefined): Map<string, Localized> {
  const labels = new Map<string, Localized>();
  const choices = node && (Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined);
  const en = definition.form.i18n?.en ?? {};
  for (const choice of choices ?? []) {
    if (!isNode(choice) || !('const' in choice) || typeof choice.title !== 'string') continue;
    const value = String(choice.const);
    const key = typeof choice.i18n === 'string' ? choice.i18n : `${path}.${value}`;
    labels.set(value, { zh: choice.title, en: en[key] ?? choice.title });
  }
  return labels;
}

/**
 * The label of an answer's option as the form shows it ("明显提升", not "markedly-improved"),
 * for a choice field or the items of a multiple-choice field; undefined when the form gives none.
 */
export function optionLabel(definition: ChecklistDefinition, path: string, value: string): Localized | undefined {
  let byPath = cache.get(definition);
  if (!byPath) cache.set(definition, (byPath = new Map()));
  let labels = byPath.get(path);
  if (!labels) {
    const node = schemaNode(definition, path);
    labels = labelsOf(definition, path, node?.type === 'array' && isNode(node.items) ? node.items : node);
    byPath.set(path, labels);
  }
  return labels.get(value);
}
