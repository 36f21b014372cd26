import type { CriterionKind, Localized, VetoBasis } from '../checklist/definition-schema.js';
import type { DefinitionIssue } from '../checklist/definition-issue.js';

/** Assessment rounds every checklist knows. */
export type Round = 'baseline' | 'annual' | 'final';

/** What is known about the subject before the form is filled: `year`, `round`, plus the definition's own fields. */
export type AssessmentContext = Record<string, string | number | undefined>;

/** An attachment offered as evidence for a criterion. */
export interface EvidenceRef {
  name: string;
  key?: string;
  contentType?: string;
  size?: number;
}

/** What the engine grades: context, form answers and evidence by criterion id. */
export interface Submission {
  context: AssessmentContext;
  answers: Record<string, unknown>;
  evidence?: Record<string, EvidenceRef[]>;
}

export type CriterionStatus = 'met' | 'partial' | 'not-met' | 'not-applicable' | 'missing' | 'info';

/** Why a criterion got its status, beyond the comparison itself. */
export type StatusReason = 'condition-not-met' | 'no-target-for-context' | 'evidence-missing' | 'no-answer';

export interface CriterionResult {
  id: string;
  section: string;
  title: Localized;
  clause: string;
  kind: CriterionKind;
  status: CriterionStatus;
  reason?: StatusReason;
  /** The value read (after derivation), and how to show it. */
  actual: { value: unknown; text: Localized } | null;
  /** The target that applied, in words; null when none applied. */
  target: { text: Localized; note?: Localized } | null;
  points: number;
  maxPoints: number;
  /** How far from the target; null when met, not applicable or unanswered. */
  gap: { amount: number | null; unit?: Localized; text: Localized; missingItems?: string[] } | null;
  veto: boolean;
  /** Where a veto comes from (the plan's quoted word, or the checklist's reading), when the definition says. */
  vetoBasis?: VetoBasis;
  evidence: { required: boolean; provided: number };
}

export interface SectionResult {
  id: string;
  title: Localized;
  points: number;
  maxPoints: number;
  /** Subtotal on a 100-point scale; null when nothing in the section applies. */
  score: number | null;
  counts: Record<CriterionStatus, number>;
}

export interface ScoreResult {
  checklist: { id: string; version: number };
  engineVersion: string;
  /** SHA-256 of the canonical JSON of checklist id, version, context, answers and evidence names. */
  inputHash: string;
  context: AssessmentContext;
  /** Total on a 100-point scale over the criteria that apply; null when none applies. */
  total: number | null;
  points: number;
  maxPoints: number;
  band: { id: string; label: Localized } | null;
  /** The band the total alone would earn, before any veto cap. */
  bandBeforeVeto: { id: string; label: Localized } | null;
  vetoHits: string[];
  /** True when every applicable criterion has an answer (and the context and checklist allowed a total). */
  complete: boolean;
  /**
   * Context that cannot be scored (a required value missing, an unknown option, a number that is
   * not one, values that contradict the definition's `contextRules`). Present only when there are
   * problems; then `total` and `band` are null.
   */
  contextProblems?: DefinitionIssue[];
  /**
   * The checklist itself could not be scored (an invalid definition stored before validation
   * caught it, an expression that failed): `total` and `band` are null, and `message` tells an
   * administrator what to fix before re-scoring. Present only on such results.
   */
  error?: ScoringError;
  counts: Record<CriterionStatus, number>;
  sections: SectionResult[];
  criteria: CriterionResult[];
}

/** Why a result carries no score although its submission was scored; see `ScoreResult.error`. */
export interface ScoringError {
  code: 'invalid-definition' | 'expression-failed';
  message: string;
  issues?: DefinitionIssue[];
}
