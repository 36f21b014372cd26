import { useI18n } from '../../../i18n/i18n-context';
import type { SaveState } from '../use-autosave';

/**
 * "已保存 HH:mm", saving, unsaved or failed: where the draft stands. A plain paragraph coloured by
 * its state (`fill-page.css`): it re-renders on every save, and is on the form's first paint.
 */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t, time } = useI18n();
  const text =
    state.kind === 'saved'
      ? t('fill.saved', { time: time(state.at) })
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
