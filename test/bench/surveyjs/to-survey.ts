/**
 * A checklist's form as a SurveyJS survey of the same size, for the web bench's peer page: one
 * page per section (category), one question per control, of the kind SurveyJS would use for the
 * field (number input, yes/no, choice, checkboxes, text, a dynamic matrix for a repeat group).
 * It is a size-for-size stand-in, not a port: no scoring, no live status.
 */

type Node = { type?: string | string[]; title?: string; description?: string; minimum?: number; maximum?: number; enum?: unknown[]; oneOf?: { const: unknown; title?: string }[]; items?: Node; properties?: Record<string, Node> };
type UiNode = { type: string; scope?: string; label?: string; elements?: UiNode[] };

/** A SurveyJS question (the subset this page uses). */
export type SurveyQuestion = Record<string, unknown> & { type: string; name: string };

const typeOf = (n: Node) => (Array.isArray(n.type) ? n.type.find((t) => t !== 'null') : n.type);
const choicesOf = (n: Node | undefined) => (n?.enum ? n.enum.map(String) : n?.oneOf?.map((o) => ({ value: String(o.const), text: o.title ?? String(o.const) })));

function resolve(schema: Node, scope: string): Node | undefined {
  let node: Node | undefined = schema;
  for (const part of scope.replace(/^#\//, '').split('/')) node = part === 'properties' ? node : node?.properties?.[part];
  return node;
}

function question(name: string, n: Node): SurveyQuestion {
  const base = { name, title: n.title ?? name, description: n.description };
  const type = typeOf(n);
  if (type === 'integer' || type === 'number') return { ...base, type: 'text', inputType: 'number', min: n.minimum, max: n.maximum };
  if (type === 'boolean') return { ...base, type: 'boolean' };
  if (type === 'array' && n.items && typeOf(n.items) === 'object') {
    const columns = Object.entries(n.items.properties ?? {}).map(([col, c]) => ({ name: col, title: c.title ?? col, cellType: typeOf(c) === 'boolean' ? 'boolean' : choicesOf(c) ? 'dropdown' : 'text', choices: choicesOf(c) }));
    return { ...base, type: 'matrixdynamic', columns, rowCount: 1 };
  }
  if (type === 'array') return { ...base, type: 'checkbox', choices: choicesOf(n.items) ?? [] };
  const choices = choicesOf(n);
  if (choices) return { ...base, type: choices.length > 4 ? 'dropdown' : 'radiogroup', choices };
  return { ...base, type: 'text' };
}

function controls(ui: UiNode): UiNode[] {
  return ui.type === 'Control' ? [ui] : (ui.elements ?? []).flatMap(controls);
}

/** The survey: pages from the uischema's categories (or one page), questions from its controls. */
export function toSurvey(form: { schema: unknown; uischema: unknown }): { pages: { name: string; title: string; elements: SurveyQuestion[] }[] } {
  const schema = form.schema as Node;
  const ui = form.uischema as UiNode;
  const sections = ui.type === 'Categorization' ? (ui.elements ?? []) : [ui];
  return {
    pages: sections.map((section, i) => ({
      name: `section${i + 1}`,
      title: section.label ?? `${i + 1}`,
      elements: controls(section).map((c) => question(c.scope!.split('/').pop()!, resolve(schema, c.scope!) ?? {})),
    })),
  };
}
