import { ApiError } from '../api/client';
import { ACCOUNT_BLOCK_TEXT, accountBlock, accountBlockAction } from '../auth/account-block';
import { useMaybeAuth } from '../auth/auth-context';
import { readsState, type PageRead } from './page-reads';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';

/**
 * What a refused or failed request means to the reader, by its HTTP status. A request that never
 * got an answer while the device is offline is said to be that: "check the network" would send
 * an expert on site looking for a fault, when the page was simply never stored on the device.
 */
export function pageErrorKey(error: unknown, online = typeof navigator === 'undefined' || navigator.onLine): MessageKey {
  if (!(error instanceof ApiError)) return online ? 'pageError.network' : 'pageError.offline';
  if (error.status === 401 || error.status === 403 || error.status === 404 || error.status === 409) return `pageError.${error.status}`;
  return error.status >= 500 ? 'pageError.5xx' : 'pageError.4xx';
}

/** MUI's ErrorOutline, the icon its error Alert showed. */
const ERROR_ICON = 'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2M12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8';

/**
 * Loading, or the error a query ended with, said plainly in the reader's language; the server's
 * own words (English, for support) follow in small print with its code in English; in Chinese only
 * the code (an English sentence in a Chinese page reads as a fault of its own). `paused`: a read waits
 * for the network (offline, nothing stored): said so, instead of a spinner that never ends.
 * `onRetry` offers to ask again, except after a refusal about the account itself (disabled,
 * password to change, signed out, no right), where signing out is offered instead, and after a
 * 404 (the thing does not exist, or is not the reader's), which no retry can change.
 *
 * `query`: the page's reads, one or several; their first error, whether one waits for the network
 * and a retry of those that failed or wait are then worked out here, so every page says the same.
 * A page showing data it already has while offline says so with `OfflineNote`.
 *
 * Plain elements with the look of MUI's Alert and CircularProgress (`page-state.css`): every
 * page's loading state, the form page's first paint included, shows before MUI could load.
 */
export function PageState(props: { error?: unknown; paused?: boolean; onRetry?: () => void; query?: PageRead | readonly PageRead[] }) {
  const { error, paused, onRetry } = props.query ? readsState(props.query) : props;
  const { t } = useI18n();
  const auth = useMaybeAuth();
  const retry = onRetry && (
    <button type="button" className="page-alert-action" onClick={onRetry}>
      {t('common.retry')}
    </button>
  );
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A refusal about the account (disabled, password to change, signed out, no right): asking
    // again gets the same answer, so the way on is offered instead.
    const block = error instanceof ApiError ? accountBlock(error) : undefined;
    // Not found (or not the reader's, which the API also answers 404): asking again finds nothing more.
    const final = error instanceof ApiError && (error.status === 404 || error.status === 403);
    const action = block
      ? auth?.session && (
          <button type="button" className="page-alert-action" onClick={() => void auth.signOut()}>
            {t(accountBlockAction(block))}
          </button>
        )
      : !final && retry;
    return (
      <div role="alert" className="page-alert">
        <svg className="page-alert-icon" viewBox="0 0 24 24" width="22" height="22" focusable="false" aria-hidden="true">
          <path d={ERROR_ICON} fill="currentColor" />
        </svg>
        <div className="page-alert-message">
          {t(block ? ACCOUNT_BLOCK_TEXT[block] : pageErrorKey(error))}
          {message && <p className="page-alert-detail">{t('pageError.detail', { code: error instanceof ApiError ? error.code : 'network', message })}</p>}
        </div>
        {action}
      </div>
    );
  }
  if (paused) {
    return (
      <div role="alert" className="page-alert page-alert-warning">
        <svg className="page-alert-icon" viewBox="0 0 24 24" width="22" height="22" focusable="false" aria-hidden="true">
          <path d={ERROR_ICON} fill="currentColor" />
        </svg>
        <div className="page-alert-message">{t('pageError.paused')}</div>
        {retry}
      </div>
    );
  }
  return (
    <div className="page-loading" role="status">
      <svg className="page-spinner" viewBox="22 22 44 44" width="24" height="24" aria-hidden="true">
        <circle cx="44" cy="44" r="20.2" fill="none" strokeWidth="3.6" />
      </svg>
      {t('common.loading')}
    </div>
  );
}
