import { useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { OutboxStatus } from './outbox';
import { outbox } from './outbox-instance';
import { useOutboxRunner } from './use-outbox-runner';

/** MUI's outlined icons for each state, as paths: the chip is in the app bar of every page. */
const ICON: Record<ReturnType<typeof syncState>, string> = {
  offline: 'M24 15c0-2.64-2.05-4.78-4.65-4.96C18.67 6.59 15.64 4 12 4c-1.33 0-2.57.36-3.65.97l1.49 1.49C10.51 6.17 11.23 6 12 6c3.04 0 5.5 2.46 5.5 5.5v.5H19c1.66 0 3 1.34 3 3 0 .99-.48 1.85-1.21 2.4l1.41 1.41c1.09-.92 1.8-2.27 1.8-3.81M4.41 3.86 3 5.27l2.77 2.77h-.42C2.34 8.36 0 10.91 0 14c0 3.31 2.69 6 6 6h11.73l2 2 1.41-1.41zM6 18c-2.21 0-4-1.79-4-4s1.79-4 4-4h1.73l8 8z',
  syncing: 'M12 4V1L8 5l4 4V6c3.31 0 6 2.69 6 6 0 1.01-.25 1.97-.7 2.8l1.46 1.46C19.54 15.03 20 13.57 20 12c0-4.42-3.58-8-8-8m0 14c-3.31 0-6-2.69-6-6 0-1.01.25-1.97.7-2.8L5.24 7.74C4.46 8.97 4 10.43 4 12c0 4.42 3.58 8 8 8v3l4-4-4-4z',
  conflict: 'M12 5.99 19.53 19H4.47zM12 2 1 21h22zm1 14h-2v2h2zm0-6h-2v4h2z',
  pending: 'M19.35 10.04C18.67 6.59 15.64 4 12 4 9.11 4 6.6 5.64 5.35 8.04 2.34 8.36 0 10.91 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96M19 18H6c-2.21 0-4-1.79-4-4 0-2.05 1.53-3.76 3.56-3.97l1.07-.11.5-.95C8.08 7.14 9.94 6 12 6c2.62 0 4.88 1.86 5.39 4.43l.3 1.5 1.53.11c1.56.1 2.78 1.41 2.78 2.96 0 1.65-1.35 3-3 3M8 13h2.55v3h2.9v-3H16l-4-4z',
  synced: 'M19.35 10.04C18.67 6.59 15.64 4 12 4 9.11 4 6.6 5.64 5.35 8.04 2.34 8.36 0 10.91 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96M19 18H6c-2.21 0-4-1.79-4-4 0-2.05 1.53-3.76 3.56-3.97l1.07-.11.5-.95C8.08 7.14 9.94 6 12 6c2.62 0 4.88 1.86 5.39 4.43l.3 1.5 1.53.11c1.56.1 2.78 1.41 2.78 2.96 0 1.65-1.35 3-3 3m-9-3.82-2.09-2.09L6.5 13.5 10 17l6.01-6.01-1.41-1.41z',
};

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
  return (
    // A plain span with MUI's small Chip look (`sync-status.css`): drawn on every page's first paint.
    <span role="status" aria-live="polite" className="sync-status" data-testid="sync-status" data-state={state} data-pending={status.pending}>
      <svg viewBox="0 0 24 24" width="18" height="18" focusable="false" aria-hidden="true">
        <path d={ICON[state]} fill="currentColor" />
      </svg>
      <span className="sync-status-label">{label}</span>
    </span>
  );
}
