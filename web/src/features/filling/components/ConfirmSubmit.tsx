import { useEffect, useRef, type MouseEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import { Notice } from './Notice';
import './confirm-submit.css';
import './plain-button.css';

/**
 * "Submit? The form becomes read-only", with what submitting now costs (unanswered items earn
 * nothing; an unanswered veto item counts as not met). A native modal `<dialog>`, where MUI's
 * Dialog stood: the browser keeps focus inside, makes the page behind inert, closes it on Escape
 * and gives focus back to the submit button; a click on the backdrop cancels, as MUI's did.
 * Mount it only while asking.
 */
export function ConfirmSubmit({ unanswered, vetoItems, onCancel, onConfirm }: { unanswered: number; vetoItems: readonly string[]; onCancel(): void; onConfirm(): void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current!;
    d.showModal();
    return () => d.close();
  }, []);
  // The dialog box fills the element; a click on the element itself fell on the backdrop.
  const onBackdrop = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) onCancel();
  };
  return (
    <dialog
      ref={dialog}
      className="confirm-submit"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onClick={onBackdrop}
    >
      <div className="confirm-submit-paper">
        <h2 id="confirm-title" className="confirm-submit-title">
          {t('fill.confirmSubmit')}
        </h2>
        {(vetoItems.length > 0 || unanswered > 0) && (
          <div className="confirm-submit-content">
            {unanswered > 0 && (
              <Notice severity="info" data-testid="confirm-unanswered">
                {t('fill.confirmUnanswered', { count: unanswered })}
              </Notice>
            )}
            {vetoItems.length > 0 && (
              <Notice severity="warning" data-testid="confirm-veto-unanswered">
                {t('fill.confirmVetoUnanswered', { items: vetoItems.join(t('common.enumSeparator')) })}
              </Notice>
            )}
          </div>
        )}
        <div className="confirm-submit-actions">
          <button type="button" className="plain-button" onClick={onCancel}>
            {t('fill.cancel')}
          </button>
          <button type="button" className="plain-button plain-button-contained" onClick={onConfirm}>
            {t('fill.confirm')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
