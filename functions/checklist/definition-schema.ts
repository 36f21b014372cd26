import * as v from 'valibot';
import { CRITERION_KINDS, KIND_NAMES } from '../scoring/kinds/index.js';

/**
 * The checklist definition format, version 1: the public contract between administrators who
 * publish checklists and everything that renders or scores them. Documented in `forms/README.md`;
 * `forms/checklist.schema.json` is generated from this file.
 *
 * Only structure lives here. Cross-references (a criterion reading a field that exists, a target
 * naming a level of its scale, ...) are checked in `semantic-checks.ts`.
 */

const Id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-", starting with a letter or digit'),
  v.maxLength(80),
);

/** Text in Chinese (required) and English (optional but expected). */
export const LocalizedSchema = v.strictObject({
  zh: v.pipe(v.string(), v.minLength(1)),
  en: v.optional(v.string()),
});

const Scalar = v.union([v.string(), v.number(), v.boolean()]);

const Comparison = v.strictObject({
  eq: v.optional(Scalar),
  ne: v.optional(Scalar),
  gt: v.optional(v.union([v.number(), v.string()])),
  gte: v.optional(v.union([v.number(), v.string()])),
  lt: v.optional(v.union([v.number(), v.string()])),
  lte: v.optional(v.union([v.number(), v.string()])),
  in: v.optional(v.array(Scalar)),
  notIn: v.optional(v.array(Scalar)),
});

/** A list means "one of"; a scalar means "equals"; an object compares (ordinally for scales). */
export const MatchSchema = v.union([Scalar, v.array(Scalar), Comparison]);

/** When something applies: every key present must hold. */
export interface Condition {
  context?: Record<string, v.InferOutput<typeof MatchSchema>>;
  values?: Record<string, v.InferOutput<typeof MatchSchema>>;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}

export const ConditionSchema: v.GenericSchema<Condition> = v.strictObject({
  context: v.optional(v.record(v.string(), MatchSchema)),
  values: v.optional(v.record(v.string(), MatchSchema)),
  all: v.optional(v.array(v.lazy(() => ConditionSchema))),
  any: v.optional(v.array(v.lazy(() => ConditionSchema))),
  not: v.optional(v.lazy(() => ConditionSchema)),
});

export const ScaleSchema = v.strictObject({
  /** Set when publishing expanded a reference: the standard scale (`<id>@<version>`) this is a copy of. */
  standard: v.optional(v.string()),
  title: LocalizedSchema,
  levels: v.pipe(
    v.array(v.strictObject({ value: v.pipe(v.string(), v.minLength(1)), label: LocalizedSchema })),
    v.minLength(2),
  ),
});

const ContextOption = v.strictObject({ value: v.string(), label: LocalizedSchema });

export const ContextFieldSchema = v.strictObject({
  id: Id,
  label: LocalizedSchema,
  kind: v.picklist(['enum', 'number', 'scale', 'text']),
  options: v.optional(v.array(ContextOption)),
  scale: v.optional(v.string()),
  unit: v.optional(LocalizedSchema),
  required: v.optional(v.boolean()),
  /** Required only where this condition on the other context fields holds (e.g. population for MCH institutions). */
  requiredWhen: v.optional(ConditionSchema),
  description: v.optional(LocalizedSchema),
  /**
   * Who sets the value. `admin` (the default): an administrator, in the institution record (copied
   * into each new submission) or by correcting a submission; the evaluated side cannot change it,
   * since context decides which criteria and targets apply. `participant`: the institution (or
   * the expert, in an on-site evaluation) declares it in the submission.
   */
  declaredBy: v.optional(v.picklist(['admin', 'participant'])),
});

export const SectionSchema = v.strictObject({
  id: Id,
  title: LocalizedSchema,
  clause: v.optional(v.string()),
  description: v.optional(LocalizedSchema),
});

export const DerivedSchema = v.strictObject({
  id: Id,
  title: LocalizedSchema,
  unit: v.optional(LocalizedSchema),
  /** A JSON Logic expression over `{ "var": "<field path>" }`; evaluated as data, never `eval`. */
  expr: v.record(v.string(), v.unknown()),
  decimals: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
  /**
   * Values the derived value can take when the answers are consistent (a share of a whole: 0–100).
   * Outside it the answers contradict each other (more operations than discharges): the value
   * counts as unanswered and `validateAnswers` names the inputs to check.
   */
  range: v.optional(v.strictObject({ min: v.optional(v.number()), max: v.optional(v.number()) })),
});

/**
 * Reads a repeat group (an array of objects): how many rows, how many rows meet `where` (a match
 * per column, every key must hold), or the sum of column `sum` over those rows. Format 1.1.
 */
export const RowsRefSchema = v.strictObject({
  rows: v.pipe(v.string(), v.minLength(1)),
  where: v.optional(v.record(v.pipe(v.string(), v.minLength(1)), MatchSchema)),
  sum: v.optional(v.pipe(v.string(), v.minLength(1))),
});

/** What a criterion reads: a form field (dot path into the answers), a derived value, or rows of a repeat group. */
export const ValueRefSchema = v.union([
  v.strictObject({ field: v.pipe(v.string(), v.minLength(1)) }),
  v.strictObject({ derived: v.pipe(v.string(), v.minLength(1)) }),
  RowsRefSchema,
]);

/**
 * A target of any kind that takes one. Each kind owns its target's schema (`scoring/kinds/`);
 * which one a criterion takes follows its `kind`, checked with the criterion (`check-criteria.ts`).
 */
export const TargetSchema = v.union([...new Set(Object.values(CRITERION_KINDS).flatMap((kind) => ('target' in kind && kind.target ? [kind.target.schema] : [])))]);

export const CreditSchema = v.variant('mode', [
  v.strictObject({ mode: v.literal('all-or-nothing') }),
  /** Numeric and ordinal: credit rises linearly from `from` (0) to the target (full); `to` bounds the upper side of "between". */
  v.strictObject({ mode: v.literal('linear'), from: v.optional(v.union([v.number(), v.string()])), to: v.optional(v.number()) }),
  /** Coverage: credit in proportion to the items present, full at the target's `min`. */
  v.strictObject({ mode: v.literal('proportional') }),
]);

/**
 * Why a veto item is a veto. `plan`: the plan's own binding word (严禁, 不得, 必须, 必要条件, 入选条件…),
 * quoted verbatim (`quote.zh`) with the clause it stands in. `reading`: the plan says no such word and
 * the checklist makes the item a veto anyway, for the stated reason. Shown beside a veto hit, so an
 * institution can tell the plan's rule from the checklist author's judgement.
 */
export const VetoBasisSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('plan'), quote: LocalizedSchema, clause: v.pipe(v.string(), v.minLength(1)) }),
  v.strictObject({ kind: v.literal('reading'), reason: LocalizedSchema }),
]);

const TargetVariant = v.strictObject({
  when: ConditionSchema,
  target: TargetSchema,
  note: v.optional(LocalizedSchema),
});

export const CriterionSchema = v.strictObject({
  id: Id,
  section: v.string(),
  title: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  /** The plan clause this comes from, in the plan's own numbering, e.g. `二(二)1` or `附件·医疗技术能力攀登行动`. */
  clause: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(KIND_NAMES),
  value: v.optional(ValueRefSchema),
  unit: v.optional(LocalizedSchema),
  scale: v.optional(v.string()),
  items: v.optional(v.array(v.strictObject({ value: v.string(), label: LocalizedSchema }))),
  target: v.optional(TargetSchema),
  /** Format 1.1: `ratio` shows a numeric value and its target as the plan writes a ratio, `1:1.6`. */
  display: v.optional(v.picklist(['number', 'ratio'])),
  /** Explains how the default `target` reads the plan (e.g. how "左右" became a range); shown with the result. */
  targetNote: v.optional(LocalizedSchema),
  targets: v.optional(v.array(TargetVariant)),
  credit: v.optional(CreditSchema),
  weight: v.optional(v.pipe(v.number(), v.minValue(0))),
  appliesWhen: v.optional(ConditionSchema),
  veto: v.optional(v.boolean()),
  /** Where the veto comes from; optional in format 1 (a veto without it draws a warning). */
  vetoBasis: v.optional(VetoBasisSchema),
  evidence: v.optional(
    v.strictObject({
      required: v.boolean(),
      hint: v.optional(LocalizedSchema),
      accept: v.optional(v.array(v.string())),
    }),
  ),
});

export const BandSchema = v.strictObject({
  id: Id,
  label: LocalizedSchema,
  /** Lowest total (0-100) that earns this band. */
  min: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
});

export const DefinitionSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** `1` (1.0) or `1.1`; 1.1 adds the features marked so below and grades derived values as shown. */
  format: v.union([v.literal(1), v.literal(1.1)]),
  id: Id,
  // Storage orders versions as zero-padded 6-digit keys.
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999999)),
  status: v.picklist(['draft', 'published', 'retired']),
  title: LocalizedSchema,
  description: v.optional(LocalizedSchema),
  issuer: LocalizedSchema,
  plan: v.strictObject({
    title: LocalizedSchema,
    years: v.strictObject({ from: v.pipe(v.number(), v.integer()), to: v.pipe(v.number(), v.integer()) }),
    seed: v.pipe(v.string(), v.minLength(1)),
    issuedOn: v.optional(v.pipe(v.string(), v.isoDate())),
  }),
  /** Who is assessed: an institution, a region (by its commission), or a person (eligibility). */
  subject: v.picklist(['institution', 'region', 'person']),
  context: v.array(ContextFieldSchema),
  scales: v.optional(v.record(v.string(), ScaleSchema)),
  sections: v.pipe(v.array(SectionSchema), v.minLength(1)),
  form: v.strictObject({
    schema: v.record(v.string(), v.unknown()),
    uischema: v.record(v.string(), v.unknown()),
    /** Translations for JSON Forms' i18n, by locale then key (e.g. `en` → `beds.infectious.label`). */
    i18n: v.optional(v.record(v.string(), v.record(v.string(), v.string()))),
  }),
  derived: v.optional(v.array(DerivedSchema)),
  criteria: v.pipe(v.array(CriterionSchema), v.minLength(1)),
  bands: v.pipe(v.array(BandSchema), v.minLength(1)),
  /** The band a veto (一票否决) caps the result at; defaults to the lowest band. */
  vetoBand: v.optional(v.string()),
  /** Format 1.1: constraints between context fields (a named hospital lies in its county). */
  contextRules: v.optional(v.array(v.lazy(() => ContextRuleSchema))),
});

/**
 * Format 1.1: where `when` holds, `then` must hold too, or the context contradicts itself and
 * cannot be scored (`context-conflict`). Both test context fields only.
 */
export const ContextRuleSchema = v.strictObject({
  when: ConditionSchema,
  then: ConditionSchema,
  /** What the person filling in the context reads when the rule fails. */
  message: v.optional(LocalizedSchema),
});

export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Match = v.InferOutput<typeof MatchSchema>;
export type Scale = v.InferOutput<typeof ScaleSchema>;
export type ContextField = v.InferOutput<typeof ContextFieldSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Derived = v.InferOutput<typeof DerivedSchema>;
export type ValueRef = v.InferOutput<typeof ValueRefSchema>;
export type RowsRef = v.InferOutput<typeof RowsRefSchema>;
export type Target = v.InferOutput<typeof TargetSchema>;
export type VetoBasis = v.InferOutput<typeof VetoBasisSchema>;
export type Credit = v.InferOutput<typeof CreditSchema>;
export type Criterion = v.InferOutput<typeof CriterionSchema>;
export type Band = v.InferOutput<typeof BandSchema>;
export type ChecklistDefinition = v.InferOutput<typeof DefinitionSchema>;
export type ContextRule = v.InferOutput<typeof ContextRuleSchema>;
export type CriterionKind = Criterion['kind'];
