import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useI18n } from '../../../../i18n/i18n-context';
import { contextChoices, type ContextLabels } from '../context-labels';

/**
 * One context value of the directory form: a select of the codes' labels where the published
 * checklists label that field's codes (县级综合医院 for `county-general`), else free text. A code no
 * checklist knows stays selectable as itself, so editing never drops it.
 */
export function ContextField({ field, label, labels, value, onChange, error, helperText }: {
  field: string;
  label: string;
  labels: ContextLabels;
  value: string;
  onChange(value: string): void;
  error?: boolean;
  helperText?: string;
}) {
  const { t, l } = useI18n();
  const choices = contextChoices(labels, field, value.trim());
  if (!choices.length) return <TextField label={label} value={value} onChange={(e) => onChange(e.target.value)} error={error} helperText={helperText} />;
  return (
    <TextField select label={label} value={value.trim()} onChange={(e) => onChange(e.target.value)} error={error} helperText={helperText}>
      <MenuItem value="">{t('dir.noValue')}</MenuItem>
      {choices.map((c) => (
        <MenuItem key={c.value} value={c.value} data-code={c.value}>
          {c.label ? l(c.label) : c.value}
        </MenuItem>
      ))}
    </TextField>
  );
}
