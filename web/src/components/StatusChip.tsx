import type { CriterionStatus } from '../lib/engine';
import { useI18n } from '../i18n/i18n-context';

/**
 * 达标 / 未达标 / 不适用 / 待填, in words and colour (the words carry the meaning; colour only helps).
 *
 * A plain span styled once by `status-chip.css` with MUI Chip's look (small, filled in the theme's
 * success, warning, error or info colour; 待填 outlined): one renders per criterion under every
 * field of a form on its first paint, and MUI's Chip was an Emotion-styled root and label each.
 */
export function StatusChip({ status, size = 'small' }: { status: CriterionStatus; size?: 'small' | 'medium' }) {
  const { t } = useI18n();
  return (
    <span className={`status-chip status-chip-${size}`} data-status={status}>
      {t(`crit.${status}`)}
    </span>
  );
}
