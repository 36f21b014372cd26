import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/i18n-context';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const online = () => onlineManager.isOnline();

/** Whether the device is online, as the data layer sees it (it pauses reads while not). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, online, () => true);
}

/**
 * Above a page that shows what it read before: while the device is offline, says the figures are
 * the last ones saved (kept by the service worker or still in memory), so nobody takes them for
 * live ones. Nothing while online. The page's reads refresh by themselves when the network is back.
 * Plain elements with the look of PageState's warning (`page-state.css`); left out of a printed report.
 */
export function OfflineNote() {
  const { t } = useI18n();
  if (useOnline()) return null;
  return (
    <div role="status" className="page-alert page-alert-warning page-offline-note no-print" data-testid="offline-note">
      <svg className="page-alert-icon" viewBox="0 0 24 24" width="22" height="22" focusable="false" aria-hidden="true">
        <path d={CLOUD_OFF_ICON} fill="currentColor" />
      </svg>
      <div className="page-alert-message">{t('pageError.cached')}</div>
    </div>
  );
}

/** MUI's CloudOff icon path. */
const CLOUD_OFF_ICON = 'M24 15c0-2.64-2.05-4.78-4.65-4.96C18.67 6.59 15.64 4 12 4c-1.33 0-2.57.36-3.65.97l1.49 1.49C10.51 6.17 11.23 6 12 6c3.04 0 5.5 2.46 5.5 5.5v.5H19c1.66 0 3 1.34 3 3 0 .99-.48 1.85-1.21 2.4l1.41 1.41c1.09-.92 1.8-2.27 1.8-3.81M4.41 3.86 3 5.27l2.77 2.77h-.42C2.34 8.36 0 10.91 0 14c0 3.31 2.69 6 6 6h11.73l2 2 1.41-1.41zM6 18c-2.21 0-4-1.79-4-4s1.79-4 4-4h1.73l8 8z';
