import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import CloudUploadOutlined from '@mui/icons-material/CloudUploadOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Chip from '@mui/material/Chip';
import { useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { OutboxStatus } from './outbox';
import { outbox } from './outbox-instance';
import { useOutboxRunner } from './use-outbox-runner';

/** The one word for where the user's edits stand. */
export function syncState(s: OutboxStatus): 'offline' | 'syncing' | 'conflict' | 'pending' | 'synced' {
  if (!s.online) return 'offline';
  if (s.syncing) return 'syncing';
  if (s.conflicts || s.failed) return 'conflict';
  return s.pending ? 'pending' : 'synced';
}

/** App bar: 离线 / 待同步 n 项 / 同步中 / 已同步 (or drafts needing the user); runs the outbox. */
export function SyncStatus({ user }: { user: string }) {
  const { t } = useI18n();
  useOutboxRunner(user);
  const status = useSyncExternalStore(outbox.subscribeStatus, outbox.status);
  const state = syncState(status);
  const pending = status.pending ? t('offline.pending', { n: status.pending }) : '';
  const label = {
    offline: pending ? `${t('offline.offline')} · ${pending}` : t('offline.offline'),
    syncing: t('offline.syncing'),
    conflict: t('offline.attention', { n: status.conflicts + status.failed }),
    pending,
    synced: t('offline.synced'),
  }[state];
  const icon = { offline: <CloudOffOutlined />, syncing: <SyncOutlined />, conflict: <WarningAmberOutlined />, pending: <CloudUploadOutlined />, synced: <CloudDoneOutlined /> }[state];
  return (
    <Chip
      role="status"
      aria-live="polite"
      data-testid="sync-status"
      data-state={state}
      data-pending={status.pending}
      icon={icon}
      label={label}
      size="small"
      sx={{ bgcolor: state === 'offline' || state === 'conflict' ? '#fff4e5' : 'rgba(255,255,255,0.16)', color: state === 'offline' || state === 'conflict' ? '#6d3200' : 'inherit', '& .MuiChip-icon': { color: 'inherit' }, maxWidth: { xs: 200, sm: 'none' } }}
    />
  );
}
