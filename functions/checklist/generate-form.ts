import * as v from 'valibot';
import { CriterionSchema, DerivedSchema, ScaleSchema, SectionSchema, type Scale, type Section } from './definition-schema.js';
import { generatedField, type GeneratedField } from './generated-field.js';
import { jsonLogicVars } from './json-logic-vars.js';
import { listFormFields } from './form-fields.js';

type Json = Record<string, unknown>;

const isRecord = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const listOf = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
/** The well-formed entries of a list; the others are validation's to report, at their paths. */
const valid = <T>(schema: v.GenericSchema<unknown, T>, list: unknown[]): T[] =>
  list.flatMap((entry) => { const r = v.safeParse(schema, entry); return r.success ? [r.output] : []; });

/** A field the generated form will hold: its dot path, the section it is shown in, and its schema. */
interface PlannedField { path: string; section: string | undefined; field: GeneratedField }

/** Fields implied by the criteria (`value.field`, first criterion wins) and by derived values' inputs (numbers). */
function planFields(input: Json, sections: Section[]): PlannedField[] {
  const scales: Record<string, Scale> = {};
  for (const [key, scale] of Object.entries(isRecord(input.scales) ? input.scales : {})) {
    const parsed = v.safeParse(ScaleSchema, scale);
    if (parsed.success) scales[key] = parsed.output;
  }
  const criteria = valid(CriterionSchema, listOf(input.criteria));
  const planned = new Map<string, PlannedField>();
  for (const criterion of criteria) {
    const ref = criterion.value;
    if (ref && 'field' in ref && !planned.has(ref.field)) planned.set(ref.field, { path: ref.field, section: criterion.section, field: generatedField(criterion, scales) });
  }
  const derived = valid(DerivedSchema, listOf(input.derived));
  const derivedIds = new Set(derived.map((d) => d.id));
  for (const d of derived) {
    // Shown where the first criterion grading the derived value is, so an input sits beside its target.
    const reader = criteria.find((c) => c.value && 'derived' in c.value && c.value.derived === d.id);
    for (const path of jsonLogicVars(d.expr)) {
      if (planned.has(path) || derivedIds.has(path)) continue;
      const name = path.split('.').at(-1) ?? path;
      planned.set(path, {
        path,
        section: reader?.section ?? sections[0]?.id,
        field: { schema: { type: 'number', title: `${d.title.zh}：${name}` }, en: d.title.en ? { label: `${d.title.en}: ${name}` } : {} },
      });
    }
  }
  return [...planned.values()];
}

/** The answers' JSON Schema: one nested object per path segment, titled by its section where the key is a section id. */
function buildSchema(fields: PlannedField[], sections: Section[]): Json {
  const root: Json = { type: 'object', properties: {} };
  for (const { path, field } of fields) {
    const keys = path.split('.');
    let node = root;
    let clash = false;
    keys.slice(0, -1).forEach((key, depth) => {
      if (clash) return;
      const properties = node.properties as Json;
      if (!properties[key]) {
        const section = depth === 0 ? sections.find((s) => s.id === key) : undefined;
        properties[key] = { type: 'object', ...(section ? { title: section.title.zh } : {}), properties: {} };
      }
      node = properties[key] as Json;
      // A path through a leaf (`beds` and `beds.icu`) cannot be both; validation reports the field as unknown.
      clash = !isRecord(node.properties);
    });
    const properties = node.properties as Json;
    if (!clash && !properties[keys.at(-1)!]) properties[keys.at(-1)!] = field.schema;
  }
  return root;
}

const scopeOf = (path: string) => '#/properties/' + path.split('.').map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/properties/');

/**
 * One category per section (in the plan's order, empty ones left out) with one control per
 * answer field of the schema; a field goes to the section of the criterion reading it, else to the
 * section its first key names, else to the first section.
 */
function buildUischema(schema: unknown, planned: PlannedField[], sections: Section[]): Json {
  const sectionOf = new Map(planned.map((p) => [p.path, p.section]));
  const controls = new Map<string, Json[]>(sections.map((s) => [s.id, []]));
  for (const field of listFormFields(schema).values()) {
    if (field.type === 'object') continue;
    const named = sectionOf.get(field.path) ?? field.path.split('.')[0]!;
    const section = controls.has(named) ? named : sections[0]?.id;
    if (section !== undefined) controls.get(section)!.push({ type: 'Control', scope: scopeOf(field.path) });
  }
  const categories = sections
    .filter((s) => controls.get(s.id)!.length)
    .map((s) => ({ type: 'Category', label: s.title.zh, i18n: s.id, elements: controls.get(s.id)! }));
  return categories.length ? { type: 'Categorization', elements: categories } : { type: 'VerticalLayout', elements: [] };
}

/** English texts for JSON Forms' i18n: section labels (when the layout is generated) and generated fields' labels and help. */
function buildI18n(planned: PlannedField[] | undefined, sections: Section[] | undefined): Json | undefined {
  const en: Record<string, string> = {};
  for (const s of sections ?? []) if (s.title.en) en[`${s.id}.label`] = s.title.en;
  for (const { path, field } of planned ?? []) {
    if (field.en.label) en[`${path}.label`] = field.en.label;
    if (field.en.description) en[`${path}.description`] = field.en.description;
    // The key the form reads an option's text by (`<field path>.<value>`), and validation checks.
    for (const [value, words] of Object.entries(field.en.options ?? {})) en[`${path}.${value}`] = words;
  }
  return Object.keys(en).length ? { en } : undefined;
}

/**
 * Fills in what a definition leaves out of `form`: the answers' schema from the criteria (each
 * `value.field` a field typed by the criterion's kind, titled by the criterion, its target as help
 * text) and derived values' inputs; the UI schema (a category per section, a control per field);
 * and English i18n keys. Parts that are present are kept exactly as written, so a definition with
 * a complete form comes back unchanged (the same object). Pure; applied after standard scale
 * references are expanded (an ordinal field offers its scale's levels) and before validation,
 * which reports whatever the generated form cannot satisfy.
 */
export function expandDefinition(input: unknown): unknown {
  if (!isRecord(input)) return input;
  const form = input.form === undefined ? {} : input.form;
  if (!isRecord(form)) return input;
  const needSchema = form.schema === undefined;
  const needUischema = form.uischema === undefined;
  if (!needSchema && !needUischema) return input;
  const sections = valid(SectionSchema, listOf(input.sections));
  const planned = planFields(input, sections);
  const schema = needSchema ? buildSchema(planned, sections) : form.schema;
  const uischema = needUischema ? buildUischema(schema, planned, sections) : form.uischema;
  const i18n = form.i18n ?? buildI18n(needSchema ? planned : undefined, needUischema ? sections : undefined);
  return { ...input, form: { ...form, schema, uischema, ...(i18n ? { i18n } : {}) } };
}

/** {@link expandDefinition} on a successful resolution (of standard scale references); problems pass through. */
export function expandResolved<T extends { ok: true; definition: unknown } | { ok: false }>(resolution: T): T {
  return resolution.ok ? { ...resolution, definition: expandDefinition((resolution as { definition: unknown }).definition) } : resolution;
}
