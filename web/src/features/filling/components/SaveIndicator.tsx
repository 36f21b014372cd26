import { ACCOUNT_BLOCK_TEXT, accountBlock, accountBlockAction } from '../../../auth/account-block';
import { useMaybeAuth } from '../../../auth/auth-context';
import { useI18n } from '../../../i18n/i18n-context';
import type { SaveState } from '../use-autosave';

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/**
 * "已保存 HH:mm", saving, unsaved or failed: where the draft stands. Before the user's first edit,
 * the draft's last save as "上次保存 …" (with its date unless today): never as if just saved. A plain paragraph coloured by
 * its state (`fill-page.css`): it re-renders on every save, and is on the form's first paint. A
 * save refused because of the account (disabled while filling, say) says so, with sign-out: no
 * later save can succeed for this session.
 */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t, time, date } = useI18n();
  const auth = useMaybeAuth();
  const block = state.kind === 'error' ? accountBlock({ code: state.code }) : undefined;
  if (block) {
    return (
      <p className="save-indicator" role="status" data-testid="save-state" data-state="error" data-code={state.kind === 'error' ? state.code : undefined}>
        {t('fill.saveRefused', { reason: t(ACCOUNT_BLOCK_TEXT[block]) })}{' '}
        {auth?.session && (
          <button type="button" className="plain-button" onClick={() => void auth.signOut()}>
            {t(accountBlockAction(block))}
          </button>
        )}
      </p>
    );
  }
  const text =
    state.kind === 'saved'
      ? state.opened
        ? t('fill.lastSaved', { time: sameDay(state.at, new Date()) ? time(state.at) : date(state.at, true) })
        : t('fill.saved', { time: time(state.at) })
      : state.kind === 'saving'
        ? t('fill.saving')
        : state.kind === 'error'
          ? t('fill.saveFailed', { message: state.message })
          : state.kind === 'blocked'
            ? t('fill.blocked')
          : state.kind === 'offline'
            ? t('fill.offline', { n: state.pending })
          : state.kind === 'idle'
            ? ''
            : t('fill.unsaved');
  return (
    <p className="save-indicator" role="status" data-testid="save-state" data-state={state.kind}>
      {text}
    </p>
  );
}
