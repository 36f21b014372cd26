import type { ScoreResult } from './result-types.js';

/**
 * Whose answers a result reads: `draft` while they are still being filled (the live score on the
 * form, an expert's on-site score, an author's preview), `final` once handed in and scored.
 */
export type ResultStage = 'draft' | 'final';

/** A result's veto items as a reader should take them at that stage. */
export interface VetoStanding {
  /** Veto items that count against the result (a verdict the reader can act on). */
  hits: string[];
  /**
   * Veto items with no answer. In a draft they are not hits, only not answered yet; in a final
   * result they are among `hits` too (nothing handed in shows them met).
   */
  unanswered: string[];
  /** The band to show: in a draft, a cap only for answered hits. */
  band: ScoreResult['band'];
  /** True when `band` is below the band the total alone earns because of a veto. */
  capped: boolean;
}

/**
 * The engine counts an unanswered veto item as hit (forms/README.md: "not met (or unanswered)
 * caps the band"): a handed-in evaluation that does not show a veto item met cannot earn more
 * than the capped band. While the form is still being filled, the same rule would print 否决 on
 * a blank form as if it were a verdict; this reads a draft's unanswered veto items as pending
 * instead, and caps its band only for the veto items answered and not met. A final result is
 * returned as scored.
 */
export function vetoStanding(result: ScoreResult, stage: ResultStage): VetoStanding {
  const missing = new Set(result.criteria.filter((c) => c.veto && c.status === 'missing').map((c) => c.id));
  const unanswered = result.vetoHits.filter((id) => missing.has(id));
  const hits = stage === 'final' ? result.vetoHits : result.vetoHits.filter((id) => !missing.has(id));
  const band = hits.length === 0 ? result.bandBeforeVeto : result.band;
  return { hits, unanswered, band, capped: band?.id !== result.bandBeforeVeto?.id };
}
