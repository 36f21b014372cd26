import { useEffect } from 'react';
import { outbox } from './outbox-instance';

const CACHE_OWNER = 'dabiao.offline.owner';

/**
 * Runs the outbox for the signed-in user wherever they are in the app: a pass at sign-in (edits
 * left from a closed tab), another whenever the network returns. The worker's cached reads are
 * keyed by address, not by user, so they are dropped when a different user signs in on the device.
 */
export function useOutboxRunner(user: string | undefined): void {
  useEffect(() => {
    if (!user) return;
    if (localStorage.getItem(CACHE_OWNER) !== user) {
      localStorage.setItem(CACHE_OWNER, user);
      void globalThis.caches?.delete('dabiao-api');
    }
    const online = () => void outbox.wake(user);
    const offline = () => void outbox.refresh(user);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    void outbox.sync(user);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      outbox.stop();
    };
  }, [user]);
}
