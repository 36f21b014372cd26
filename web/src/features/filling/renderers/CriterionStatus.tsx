import { StatusChip } from '../../../components/StatusChip';
import { useI18n } from '../../../i18n/i18n-context';
import type { Criterion, CriterionResult } from '../../../lib/engine';
import { EvidencePanel } from '../../evidence/components/EvidencePanel';
import { useLive } from '../live-context';
import { isNotApplicable, notApplicableReason } from '../not-applicable';

/**
 * Under a field: each criterion it feeds, with its target, clause, live status, actual value and
 * gap. Plain elements styled once (`criterion-status.css`): one of these per criterion renders on
 * the form's first paint.
 */
export function CriterionStatus({ criterion }: { criterion: Criterion }) {
  const live = useLive();
  const { t, l } = useI18n();
  const result: CriterionResult | undefined = live?.results.get(criterion.id);
  if (!result) return null;
  if (isNotApplicable(result)) return <NotApplicableLine criterion={criterion} result={result} />;
  return (
    <div className="criterion-status" data-criterion={criterion.id}>
      <div className="criterion-status-head" aria-live="polite">
        <StatusChip status={result.status} />
        <span className="criterion-status-body2 criterion-status-title">{l(result.title)}</span>
        {result.veto && <span className="criterion-status-veto">{t('crit.veto')}</span>}
        {result.gap && (
          <span className="criterion-status-body2 criterion-status-gap" data-testid="gap">
            {l(result.gap.text)}
          </span>
        )}
      </div>
      <div className="criterion-status-body2 criterion-status-facts">
        {result.target && (
          <span>
            {t('crit.target')}
            {t('common.colon')}
            {l(result.target.text)}
            {result.target.note ? t('crit.targetNote', { note: l(result.target.note) }) : ''}
          </span>
        )}
        {result.actual && (
          <span data-testid="actual">
            {t('crit.actual')}
            {t('common.colon')}
            {l(result.actual.text)}
          </span>
        )}
        <span>
          {t('crit.clause')}
          {t('common.colon')}
          {result.clause}
        </span>
      </div>
      {(criterion.evidence || live?.capture) && live && <EvidencePanel criterion={criterion} />}
      {live?.addon?.(criterion)}
    </div>
  );
}

/**
 * A criterion that cannot apply to this institution (its context): one compact line, 不适用 and
 * why, with no target, no evidence to upload (scoring asks none of a 不适用 criterion) and no
 * comparison or note. Files attached before stay listed, so they can still be taken off.
 */
function NotApplicableLine({ criterion, result }: { criterion: Criterion; result: CriterionResult }) {
  const live = useLive()!;
  const i18n = useI18n();
  const { t, l } = i18n;
  const reason = notApplicableReason(result, live.unmet?.(criterion.id) ?? [], i18n);
  const attached = (live.evidence[criterion.id]?.length ?? 0) > 0;
  return (
    <div className="criterion-status criterion-status-na" data-criterion={criterion.id} data-applies="false">
      <div className="criterion-status-head">
        <StatusChip status={result.status} />
        <span className="criterion-status-body2 criterion-status-title">{l(result.title)}</span>
      </div>
      <p className="criterion-status-body2 criterion-status-na-reason" data-testid="na-reason">
        {t('crit.na.line')}
        {t('common.colon')}
        {reason}
        {criterion.evidence ? `${t('crit.na.separator')}${t('crit.na.noEvidence')}` : ''}
      </p>
      {attached && <EvidencePanel criterion={criterion} />}
    </div>
  );
}
