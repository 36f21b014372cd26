import { useI18n } from '../../../i18n/i18n-context';
import { vetoStanding, type ResultStage, type ScoreResult } from '../../../lib/published-engine';

/**
 * A result's veto items in words, as they stand at `stage`: hits in red; in a draft, the veto
 * items not answered yet as pending (not a verdict), with what happens if they stay unanswered;
 * in a final result, which hits come from no answer, and why that counts. `pendingOnPhone: false`
 * leaves the pending line out on a phone, where the live score is a bar over the form.
 * Plain paragraphs styled by `score-panel.css`: part of the live score, on the first paint.
 */
export function VetoStandingNote({ result, stage, pendingOnPhone = true }: { result: ScoreResult; stage: ResultStage; pendingOnPhone?: boolean }) {
  const { t, l } = useI18n();
  const standing = vetoStanding(result, stage);
  const titles = new Map(result.criteria.map((c) => [c.id, c.title]));
  const names = (ids: string[]) => ids.map((id) => l(titles.get(id))).join(t('common.enumSeparator'));
  return (
    <>
      {standing.hits.length > 0 && (
        <p className="veto-note veto-note-hits" data-testid="veto-hits">
          {t('score.vetoHits', { items: names(standing.hits) })}
        </p>
      )}
      {standing.unanswered.length > 0 && (
        <p className={`veto-note veto-note-pending${pendingOnPhone ? '' : ' score-panel-wide'}`} data-testid="veto-unanswered">
          {stage === 'draft' ? t('score.vetoUnanswered', { items: names(standing.unanswered) }) : t('score.vetoUnansweredFinal', { items: names(standing.unanswered) })}
        </p>
      )}
    </>
  );
}
