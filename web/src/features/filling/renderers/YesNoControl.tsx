import { isBooleanControl, rankWith, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context';

/**
 * A yes/no question as two choices, 是 and 否, neither chosen until answered. The stock checkbox
 * cannot tell "no" from "not answered": left unticked it reads as 否 to the person filling in, but
 * the answer stays empty, and an empty answer to a veto question (本年度存在违规新增举借长期债务)
 * is a veto hit once submitted. Radios cannot be unchosen, so an answer given by mistake is
 * taken back (待填 again) with the clear button beside them.
 */
export function YesNoControl({ data, visible, label, id, enabled, errors, path, handleChange, description, required }: ControlProps) {
  const { t } = useI18n();
  const group = useRef<HTMLDivElement>(null);
  if (!visible) return null;
  const valid = errors.length === 0;
  const value = data === true ? 'yes' : data === false ? 'no' : '';
  const clear = () => {
    handleChange(path, undefined);
    // The button goes with the answer: keyboard focus moves to the first choice, not to the page's top.
    group.current?.querySelector('input')?.focus();
  };
  return (
    <FormControl component="fieldset" fullWidth sx={{ my: 1 }} data-answered={value ? 'true' : 'false'}>
      <FormLabel component="legend" id={`${id}-label`} error={!valid} required={required}>
        {label}
      </FormLabel>
      <RadioGroup row ref={group} aria-labelledby={`${id}-label`} value={value} onChange={(_, v) => handleChange(path, v === 'yes')} sx={{ alignItems: 'center' }}>
        <FormControlLabel value="yes" control={<Radio />} label={t('answer.yes')} disabled={!enabled} />
        <FormControlLabel value="no" control={<Radio />} label={t('answer.no')} disabled={!enabled} />
        {value && enabled && (
          <Button size="small" onClick={clear} aria-describedby={`${id}-label`} sx={{ minHeight: 44 }}>
            {t('answer.clear')}
          </Button>
        )}
      </RadioGroup>
      {(!valid || description) && <FormHelperText error={!valid}>{valid ? description : errors}</FormHelperText>}
    </FormControl>
  );
}

/** Every boolean field, above the stock checkbox (2) and toggle (3): a checklist asks, it does not tick. */
export const yesNoControlTester: RankedTester = rankWith(4, isBooleanControl);

/** The (tester, renderer) pair the form pages register. */
export const yesNoControlEntry = { tester: yesNoControlTester, renderer: withJsonFormsControlProps(YesNoControl) };
