import type { CriterionStatus } from '../lib/engine';
import { useI18n } from '../i18n/i18n-context';

/**
 * 达标 / 未达标 / 不适用 / 待填, in words and colour (the words carry the meaning; colour only helps).
 *
 * A plain span styled once by `status-chip.css` with MUI Chip's look (small, filled in the theme's
 * success, warning, error or info colour; 待填 outlined; `final` for a submitted result, where it reads 未填写): one renders per criterion under every
 * field of a form on its first paint, and MUI's Chip was an Emotion-styled root and label each.
 */
export function StatusChip({ status, size = 'small', final = false }: { status: CriterionStatus; size?: 'small' | 'medium'; final?: boolean }) {
  const { t } = useI18n();
  // In a submitted result nothing is left to fill: an unanswered criterion is 未填写 (scored 0), not 待填.
  const word = final && status === 'missing' ? t('crit.unanswered') : t(`crit.${status}`);
  return (
    <span className={`status-chip status-chip-${size}`} data-status={status}>
      {word}
    </span>
  );
}
