import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import { useI18n } from '../../../i18n/i18n-context';
import type { OnSiteFilter } from '../onsite-navigation';

export interface OnSiteNavigatorProps {
  filter: OnSiteFilter;
  onFilter(filter: OnSiteFilter): void;
  /** How many criteria differ from the self-evaluation (null: no self-evaluation to compare with). */
  differing: number | null;
  unfilled: number;
  onNext(): void;
}

/**
 * Under the on-site form's section tabs, sticky with them: which fields to show (all, only where
 * the expert differs, only those still to fill) and a jump to the next field still to fill, so
 * a long checklist on a phone is walked without scrolling through what is done.
 */
export function OnSiteNavigator({ filter, onFilter, differing, unfilled, onNext }: OnSiteNavigatorProps) {
  const { t } = useI18n();
  const chip = (value: OnSiteFilter, label: string, disabled = false) => (
    <Chip size="small" label={label} clickable disabled={disabled} color={filter === value ? 'primary' : 'default'} variant={filter === value ? 'filled' : 'outlined'} aria-pressed={filter === value} onClick={() => onFilter(value)} data-filter={value} sx={{ height: 36, px: 0.5 }} />
  );
  return (
    // Chips are toggles: each names its filter and count (差异 3 = 3 criteria differ), pressed while on.
    <div className="onsite-navigator" role="toolbar" aria-label={t('onsite.nav.label')}>
      {chip('all', t('onsite.nav.all'))}
      {differing !== null && chip('differs', t('onsite.nav.differs', { n: differing }))}
      {chip('unfilled', t('onsite.nav.unfilled', { n: unfilled }))}
      <Button size="small" variant="contained" disabled={unfilled === 0} onClick={onNext} sx={{ minHeight: 36, ml: 'auto' }} data-testid="next-unfilled">
        {t('onsite.nav.next')}
      </Button>
    </div>
  );
}
