import { useRef } from 'react';
import { useBottomBarRoom } from '../../../components/use-bottom-bar-room';
import { useI18n } from '../../../i18n/i18n-context';
import { LiveBand } from '../../../components/LiveBand';
import { bandReading } from '../../../lib/band-reading';
import type { ResultStage, ScoreResult } from '../../../lib/published-engine';
import { VetoStandingNote } from './VetoStandingNote';

/**
 * Total, band, veto items and each section, recomputed as the user types; stays in view (beside
 * the form on a wide screen, a bar at the bottom on a phone). `stage` is `draft` while the form
 * can still change: a veto item not answered yet is then pending, not a hit, and does not cap
 * the band shown; a blank draft shows no band, an incomplete one a provisional one.
 *
 * Plain elements styled once by `score-panel.css` (the look of the MUI Paper and Typography it
 * was): it renders on the form's first paint and again on every answer, and MUI's `sx` props made
 * Emotion serialise and look up a style per element each time.
 */
export function ScorePanel({ result, stage, onSection }: { result: ScoreResult; stage: ResultStage; onSection(index: number): void }) {
  const { t, l, num } = useI18n();
  const reading = bandReading(result, stage);
  const bar = useRef<HTMLElement>(null);
  useBottomBarRoom(bar);
  return (
    <aside ref={bar} aria-label={t('score.title')} className="score-panel">
      <h2 className="score-panel-title score-panel-wide">{t('score.title')}</h2>
      <div className="score-panel-figures" aria-live="polite">
        <div>
          <div className="score-panel-caption">{t('score.total')}</div>
          <div className="score-panel-total">
            <span data-testid="live-total">{result.total === null ? '—' : num(result.total, 1)}</span>
            {result.total !== null && <span className="score-panel-body2 score-panel-of">/ 100</span>}
          </div>
        </div>
        <div>
          <div className="score-panel-caption">{t('score.band')}</div>
          <div className="score-panel-band" data-testid="live-band">
            <LiveBand reading={reading} />
          </div>
        </div>
      </div>
      {stage === 'draft' && result.counts.missing > 0 && (
        <p className="score-panel-body2 score-panel-secondary score-panel-wide score-panel-missing" data-testid="live-missing">
          {t('score.missing', { n: result.counts.missing })}
        </p>
      )}
      <VetoStandingNote result={result} stage={stage} pendingOnPhone={false} />
      <h3 className="score-panel-subtitle score-panel-wide">{t('score.sections')}</h3>
      <ol className="score-panel-sections score-panel-wide">
        {result.sections.map((s, i) => (
          <li key={s.id}>
            <button type="button" className="score-panel-section score-panel-body2" onClick={() => onSection(i)}>
              <span>{l(s.title)}</span>
              <span className="score-panel-score">{s.score === null ? t('score.noneApplies') : t('result.sectionRate', { score: num(s.score, 1) })}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="score-panel-caption score-panel-note score-panel-wide" data-testid="score-note">
        {/* Once submitted there is nothing left to preview: the server's score is on the result page. */}
        {stage === 'final' ? t('score.submittedNote') : t('score.preview')}
      </p>
    </aside>
  );
}
