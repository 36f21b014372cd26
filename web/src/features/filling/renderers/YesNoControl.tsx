import { isBooleanControl, rankWith, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context';

/**
 * A yes/no question as two choices, 是 and 否, neither chosen until answered. The stock checkbox
 * cannot tell "no" from "not answered": left unticked it reads as 否 to the person filling in, but
 * the answer stays empty, and an empty answer to a veto question (本年度存在违规新增举借长期债务)
 * is a veto hit once submitted. Radios cannot be unchosen, so an answer given by mistake is
 * taken back (待填 again) with the clear button beside them.
 *
 * Plain elements (a fieldset of two native radio buttons, styled once by `yes-no.css`), not MUI's
 * FormControl, RadioGroup and Radio: those were about twenty Emotion-styled elements per question
 * (each Radio a SwitchBase, a ButtonBase with its ripple and two styled icons), and yes/no
 * questions are the commonest field of the checklists (197 of 493) and the first field of the
 * largest one. Native radios sharing a `name` keep the keyboard behaviour (arrows move and choose).
 */
export function YesNoControl({ data, visible, label, id, enabled, errors, path, handleChange, description, required }: ControlProps) {
  const { t } = useI18n();
  const group = useRef<HTMLDivElement>(null);
  if (!visible) return null;
  const valid = errors.length === 0;
  const value = data === true ? 'yes' : data === false ? 'no' : '';
  const helpId = `${id}-help`;
  const clear = () => {
    handleChange(path, undefined);
    // The button goes with the answer: keyboard focus moves to the first choice, not to the page's top.
    group.current?.querySelector('input')?.focus();
  };
  const option = (choice: 'yes' | 'no') => (
    <label className={`yes-no-option${enabled ? '' : ' yes-no-disabled'}`}>
      <input type="radio" name={id} value={choice} checked={value === choice} disabled={!enabled} onChange={() => handleChange(path, choice === 'yes')} />
      {t(choice === 'yes' ? 'answer.yes' : 'answer.no')}
    </label>
  );
  return (
    <fieldset className="yes-no" data-answered={value ? 'true' : 'false'}>
      <legend id={`${id}-label`} className={`yes-no-legend${valid ? '' : ' yes-no-error'}`}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      <div ref={group} role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={!valid || description ? helpId : undefined} aria-invalid={!valid || undefined} className="yes-no-choices">
        {option('yes')}
        {option('no')}
        {value && enabled && (
          <button type="button" className="yes-no-clear" onClick={clear} aria-describedby={`${id}-label`}>
            {t('answer.clear')}
          </button>
        )}
      </div>
      {(!valid || description) && (
        <p id={helpId} className={`yes-no-help${valid ? '' : ' yes-no-error'}`}>
          {valid ? description : errors}
        </p>
      )}
    </fieldset>
  );
}

/** Every boolean field, above the stock checkbox (2) and toggle (3): a checklist asks, it does not tick. */
export const yesNoControlTester: RankedTester = rankWith(4, isBooleanControl);

/** The (tester, renderer) pair the form pages register. */
export const yesNoControlEntry = { tester: yesNoControlTester, renderer: withJsonFormsControlProps(YesNoControl) };
