import { vetoStanding, type ResultStage, type ScoreResult } from './published-engine';

/**
 * The band (等级) a live score may show. A draft's missing answers count 0 points, so a blank
 * self-evaluation would read 不合格 before anyone typed a thing: a verdict it has not earned.
 * - `blank`: a draft with no scored criterion answered yet; no band at all.
 * - `provisional`: a draft with criteria still to fill; the band is what the answers so far earn.
 * - `settled`: everything answered, or a handed-in result (its band is the server's, unchanged).
 */
export type BandReading =
  | { kind: 'blank' }
  | { kind: 'provisional'; band: ScoreResult['band']; toFill: number }
  | { kind: 'settled'; band: ScoreResult['band'] };

/** How to read `result`'s band at `stage`; the veto rule of `vetoStanding` applies first. */
export function bandReading(result: ScoreResult, stage: ResultStage): BandReading {
  const band = vetoStanding(result, stage).band;
  const toFill = result.counts.missing;
  if (stage === 'final' || toFill === 0) return { kind: 'settled', band };
  // Info and not-applicable criteria say nothing about what was filled in: only scored statuses do.
  const answered = result.counts.met + result.counts.partial + result.counts['not-met'];
  return answered === 0 ? { kind: 'blank' } : { kind: 'provisional', band, toFill };
}
