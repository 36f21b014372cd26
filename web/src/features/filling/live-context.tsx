import { createContext, useContext, type ReactNode } from 'react';
import type { Criterion, CriterionResult, EvidenceRef, UnmetContext } from '../../lib/engine';

/** What checklist-aware controls read while the form is filled: the live result and evidence. */
export interface LiveState {
  results: ReadonlyMap<string, CriterionResult>;
  submissionId: string;
  readOnly: boolean;
  evidence: Record<string, EvidenceRef[]>;
  /**
   * The institution's files an on-site evaluation started from the self-evaluation counts as
   * evidence: listed and opened, never changed or removed through the expert's submission.
   */
  inherited?: Record<string, EvidenceRef[]>;
  setEvidence(criterionId: string, files: EvidenceRef[]): void;
  /**
   * What a page adds under each criterion: the institution's review comments on its fill page,
   * the self vs expert comparison and the note box on the expert's on-site page.
   */
  addon?: (criterion: Criterion) => ReactNode;
  /** Answer paths only 不适用 criteria read (`not-applicable.ts`): folded, with the reason, not offered as fields to fill. */
  notApplicableFields?: ReadonlySet<string>;
  /** The context values that keep a criterion from applying (the engine's `unmetContext`), for its 不适用 line. */
  unmet?: (criterionId: string) => readonly UnmetContext[];
  /** While a filter is on (the on-site page's), the only answer paths shown; null or absent: all. */
  shownFields?: ReadonlySet<string> | null;
  /** Offer a camera capture for photos on every criterion (the expert on site), not only where evidence is asked. */
  capture?: boolean;
}

export const LiveContext = createContext<LiveState | null>(null);

/** The live state; controls render without it only outside the filling page (never in practice). */
export function useLive(): LiveState | null {
  return useContext(LiveContext);
}
