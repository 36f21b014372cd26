import { createContext, useContext } from 'react';
import type { CriterionResult, EvidenceRef } from '../../lib/engine';

/** What checklist-aware controls read while the form is filled: the live result and evidence. */
export interface LiveState {
  results: ReadonlyMap<string, CriterionResult>;
  submissionId: string;
  readOnly: boolean;
  evidence: Record<string, EvidenceRef[]>;
  setEvidence(criterionId: string, files: EvidenceRef[]): void;
}

export const LiveContext = createContext<LiveState | null>(null);

/** The live state; controls render without it only outside the filling page (never in practice). */
export function useLive(): LiveState | null {
  return useContext(LiveContext);
}
