import type * as v from 'valibot';
import type { CheckContext } from '../../checklist/check-context.js';
import type { Criterion, Localized, Scale } from '../../checklist/definition-schema.js';
import type { FormField } from '../../checklist/form-fields.js';
import type { Grade } from './grade.js';

/** Where in the definition a check reports: keys from the root (`['criteria', 3, 'target']`). */
export type Path = (string | number)[];

/** What a target of one kind looks like: its schema, what it needs in words, and an example. */
export interface TargetShape<T> {
  schema: v.GenericSchema<unknown, T>;
  needs: { zh: string; en: string };
  example: string;
}

/** What grading one answer may need besides the answer and the target. */
export interface GradeInput {
  criterion: Criterion;
  /** The criterion's scale, when it names one that exists. */
  scale?: Scale;
  /** The decimals a derived value is declared with (undefined for answers). */
  decimals?: number;
}

/**
 * One kind of criterion, whole: the target it takes, what the definition checks of it, the form
 * field it implies, how an answer is graded against a target, and the words for the target. The
 * registry (`./index.ts`) lists the kinds; nothing else tells kinds apart, so a new kind is this
 * interface implemented in one file and one line in the registry.
 */
export interface CriterionKind<T = unknown> {
  /** The target; a kind without one (info) is shown but never graded and carries no points. */
  readonly target?: TargetShape<T>;
  /** Credit modes besides all-or-nothing that make sense for this kind. */
  readonly credit: readonly ('linear' | 'proportional')[];
  /** Whether the criterion may read numbers: derived values and repeat-group rows. */
  readonly readsNumbers: boolean;
  /** Whether a criterion of this kind may go without a value to read (info: a heading-like item). */
  readonly optionalValue?: boolean;
  /** Whether the kind reads whole numbers only (a repeat group's sum column must be an integer). */
  readonly wholeNumbers?: boolean;
  /** The target a criteria-first outline gets when it gives none (coverage: every item). */
  readonly defaultTarget?: T;
  /**
   * Reads a criteria-first outline's shorthand target ("≥ 35", "30-40", `true`, `5`) as this
   * kind's target; anything it does not recognise is returned unchanged, for validation to report.
   */
  readShorthand?(shorthand: unknown): unknown;
  /** Whether `display: "ratio"` (format 1.1) may show its values as the plan writes a ratio, `1:1.6`. */
  readonly ratio?: boolean;
  /** `credit.from` for linear credit: a number (numeric kinds) or a level of the scale (ordinal). */
  readonly creditFrom?: 'number' | 'level';
  /** Checks of the criterion's own keys (its scale, its items, no weight on info...). */
  checkCriterion?(ctx: CheckContext, criterion: Criterion, path: Path): void;
  /** Checks the form field the criterion reads (`value.field`) fits the kind; `at` locates the reference. */
  checkField(ctx: CheckContext, criterion: Criterion, field: FormField, at: Path): void;
  /** Checks a well-formed target against the rest of the definition (a level of the scale, min ≤ max). */
  checkTarget?(ctx: CheckContext, criterion: Criterion, target: T, path: Path): void;
  /** The JSON Schema of the form field a criterion of this kind implies (criteria-first authoring). */
  fieldSchema(criterion: Criterion, scales: Record<string, Scale>): Record<string, unknown>;
  /** Whether a value read for the criterion is an answer this kind can grade (default: any non-empty value). */
  accepts?(raw: unknown): boolean;
  /** Grades an answer against a target; undefined when the answer is not of the kind's type. */
  grade(value: unknown, target: T, input: GradeInput): Grade | undefined;
  /**
   * Prepares `grade` for one target of one criterion, once per checklist version: the returned
   * function gives the fraction of the points an answer earns (`grade(...).fraction`), or
   * undefined where `grade` is undefined, without wording a gap. Scoring grades with it and words
   * the gaps afterwards; a kind without it is graded through `grade`. It must agree with `grade`
   * exactly (`compile-grader.test.ts` holds every kind to that).
   */
  compileGrader?(target: T, input: GradeInput): (value: unknown) => number | undefined;
  /** The target in words, as the result and the form's help text show it. */
  targetText(target: T, criterion: Criterion, scale: Scale | undefined): Localized | undefined;
  /** The answer in words, where the kind words it its own way; the engine's default otherwise. */
  actualText?(value: unknown, criterion: Criterion, choiceText: (value: string) => Localized): Localized | undefined;
  /**
   * Numeric kinds: whether a number meets the target, used to show a rounded value with enough
   * decimals that it never reads as meeting a target it misses (or the other way round).
   */
  meets?(n: number, target: T): boolean;
}
