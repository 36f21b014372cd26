import Chip from '@mui/material/Chip';
import type { CriterionStatus } from '../lib/engine';
import { useI18n } from '../i18n/i18n-context';

const COLORS: Record<CriterionStatus, 'success' | 'warning' | 'error' | 'default' | 'info'> = {
  met: 'success',
  partial: 'warning',
  'not-met': 'error',
  'not-applicable': 'default',
  missing: 'default',
  info: 'info',
};

/** 达标 / 未达标 / 不适用 / 待填 (issue 9's words), in words and colour (the words carry the meaning; colour only helps). */
export function StatusChip({ status, size = 'small' }: { status: CriterionStatus; size?: 'small' | 'medium' }) {
  const { t } = useI18n();
  return <Chip size={size} color={COLORS[status]} variant={status === 'missing' ? 'outlined' : 'filled'} label={t(`crit.${status}`)} data-status={status} />;
}
