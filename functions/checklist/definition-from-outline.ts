import { SCALE_REF_PATTERN } from './standard-scale-schema.js';
import { CRITERION_KINDS, kindOf, type CriterionKindName } from '../scoring/kinds/index.js';

type Json = Record<string, unknown>;
type Text = string | { zh: string; en?: string };

/** A criterion in an outline: the plan's sentence as a target, and little else. */
export interface OutlineCriterion {
  id: string;
  title: Text;
  kind: string;
  clause: string;
  /** A target object as in the format, or a shorthand: `">= 50"`, `"10-15"`, `"45±3"` (numeric, count); `">= 4"` (ordinal: a level); `true`/`false`; a number (coverage: at least that many items). */
  target?: unknown;
  unit?: Text;
  weight?: number;
  /** Ordinal: a scale key of the outline's `scales`, or a standard scale reference `emr@1`. */
  scale?: string;
  /** Coverage: `{ value, label }` or a label (used as its value too). */
  items?: (string | { value: string; label: Text })[];
  /** The answer field; default `<section id>.<criterion id>`. */
  field?: string;
  /** What the criterion reads, as in the format (`{ "derived": "surgeryShare" }`); overrides `field`. */
  value?: unknown;
}

/** What `npm run checklist -- init` reads: a plan's sections and criteria, without form or boilerplate. */
export interface Outline {
  id: string;
  title: Text;
  issuer?: Text;
  plan: { title: Text; years: string | { from: number; to: number }; seed: string; issuedOn?: string };
  subject?: string;
  context?: unknown[];
  scales?: Json;
  derived?: unknown[];
  bands?: unknown[];
  sections: { id: string; title: Text; clause?: string; criteria: OutlineCriterion[] }[];
}

const text = (t: Text | undefined) => (typeof t === 'string' ? { zh: t } : t);

/** A shorthand target as the format writes it, read by the criterion's kind; anything else passes through for validation to report at its path. */
export function targetOf(kind: string, target: unknown): unknown {
  const spec = Object.hasOwn(CRITERION_KINDS, kind) ? kindOf(kind as CriterionKindName) : undefined;
  return spec?.readShorthand ? spec.readShorthand(target) : target;
}

function years(y: Outline['plan']['years']): unknown {
  if (typeof y !== 'string') return y;
  const m = /^\s*(\d{4})\s*[-–~]\s*(\d{4})\s*$/.exec(y);
  return m ? { from: Number(m[1]), to: Number(m[2]) } : y;
}

/**
 * A checklist definition (format 1.1, version 1, draft) from an outline: each criterion reads the
 * field `<section>.<criterion>`, scales named as `emr@1` become standard scale references, and
 * the form is left out, to be generated from the criteria wherever the definition is read
 * (`expandDefinition`). Bands default to 达标 at 60 and 未达标 below, a reading to check.
 */
export function definitionFromOutline(outline: Outline): Json {
  if (!Array.isArray(outline?.sections) || outline.sections.some((s) => !Array.isArray(s?.criteria))) {
    throw new Error('an outline needs "sections": [{ "id", "title", "criteria": [ … ] }]');
  }
  const scales: Json = { ...(outline.scales ?? {}) };
  const criteria = outline.sections.flatMap((section) => (section.criteria ?? []).map((c) => {
    let scale = c.scale;
    const ref = scale ? SCALE_REF_PATTERN.exec(scale) : null;
    if (ref) {
      scale = ref[1]!;
      scales[scale] ??= { ref: ref[0] };
    }
    const criterion: Json = { id: c.id, section: section.id, title: text(c.title), clause: c.clause, kind: c.kind };
    criterion.value = c.value ?? { field: c.field ?? `${section.id}.${c.id}` };
    if (c.unit) criterion.unit = text(c.unit);
    if (scale) criterion.scale = scale;
    if (c.items) criterion.items = c.items.map((item) => (typeof item === 'string' ? { value: item, label: { zh: item } } : { value: item.value, label: text(item.label) }));
    const kind = Object.hasOwn(CRITERION_KINDS, c.kind) ? kindOf(c.kind as CriterionKindName) : undefined;
    if (kind?.target && c.target !== undefined) criterion.target = targetOf(c.kind, c.target);
    if (kind?.defaultTarget !== undefined && c.target === undefined) criterion.target = kind.defaultTarget;
    if (c.weight !== undefined) criterion.weight = c.weight;
    return criterion;
  }));
  return {
    $schema: '../checklist.schema.json',
    format: 1.1,
    id: outline.id,
    version: 1,
    status: 'draft',
    title: text(outline.title),
    issuer: text(outline.issuer ?? outline.plan?.title),
    plan: { ...outline.plan, title: text(outline.plan?.title), years: years(outline.plan?.years) },
    subject: outline.subject ?? 'institution',
    context: outline.context ?? [],
    ...(Object.keys(scales).length ? { scales } : {}),
    sections: outline.sections.map((s) => ({ id: s.id, title: text(s.title), ...(s.clause ? { clause: s.clause } : {}) })),
    ...(outline.derived ? { derived: outline.derived } : {}),
    criteria,
    bands: outline.bands ?? [
      { id: 'pass', label: { zh: '达标', en: 'Met' }, min: 60 },
      { id: 'fail', label: { zh: '未达标', en: 'Not met' }, min: 0 },
    ],
  };
}
