import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import MuiThemed from '../../theme/MuiThemed';
import type { DraftContent } from './pending-store';
import { applyChoices, conflictRows, defaultChoice } from './three-way';

const show = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export interface OfflineConflictDialogProps {
  open: boolean;
  serverVersion: number;
  /** The copy the user's edits started from, when known (edits kept offline). */
  base?: DraftContent;
  mine: DraftContent;
  server: DraftContent;
  /** The field's label as the form shows it (Chinese first). */
  labelOf(path: string): string;
  /** An expert's note's label, from its criterion id (the expert's page; notes exist only there). */
  noteLabelOf?(criterionId: string): string;
  /** The draft to save: per answer, the side the user chose. */
  onResolve(content: DraftContent): void;
}

/**
 * A 409 made visible, answer by answer: the server's value beside the user's own (kept offline or
 * typed in another tab), each with its own choice. Every differing answer is listed; the default
 * keeps each side's own change, and nothing is written until the user confirms.
 */
export function OfflineConflictDialog(props: OfflineConflictDialogProps) {
  // Its own theme: the form page that loads it lazily is plain, with no MUI theme around it.
  return (
    <MuiThemed>
      <ConflictChoices {...props} />
    </MuiThemed>
  );
}

function ConflictChoices(props: OfflineConflictDialogProps) {
  const { t } = useI18n();
  const phone = useMediaQuery('(max-width:600px)');
  const rows = useMemo(() => conflictRows(props.base, props.mine, props.server), [props.base, props.mine, props.server]);
  const [choices, setChoices] = useState<Record<string, 'mine' | 'server'>>(() => Object.fromEntries(rows.map((r) => [r.key, defaultChoice(r)])));
  const all = (side: 'mine' | 'server') => props.onResolve(applyChoices(props.base, props.mine, props.server, Object.fromEntries(rows.map((r) => [r.key, side]))));
  const label = (row: (typeof rows)[number]) => (row.kind === 'note' ? (props.noteLabelOf?.(row.path) ?? row.path) : props.labelOf(row.path));
  return (
    <Dialog open={props.open} aria-labelledby="conflict-title" maxWidth="md" fullWidth fullScreen={phone}>
      <DialogTitle id="conflict-title">{t('conflict.title')}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{t(props.base ? 'conflict.elsewhereBody' : 'conflict.body', { server: props.serverVersion })}</Typography>
        {rows.length === 0 && <Typography>{t('conflict.none')}</Typography>}
        {rows.map((row) => (
          <fieldset key={row.key} data-conflict-field={row.key} style={{ border: '1px solid #ccc', borderRadius: 8, margin: '0 0 12px', padding: '8px 12px' }}>
            <legend style={{ padding: '0 4px', fontWeight: 600 }}>
              {label(row)}
              {row.mineChanged && row.serverChanged && props.base && <Chip size="small" color="warning" label={t('conflict.both')} sx={{ ml: 1 }} />}
            </legend>
            <RadioGroup
              row={!phone}
              value={choices[row.key]}
              onChange={(_, v) => setChoices({ ...choices, [row.key]: v as 'mine' | 'server' })}
              aria-label={label(row)}
            >
              <FormControlLabel value="server" data-choice="server" control={<Radio />} label={`${t('conflict.theirs')}${t('common.colon')}${show(row.server)}`} sx={{ minHeight: 44, mr: 4 }} />
              <FormControlLabel value="mine" data-choice="mine" control={<Radio />} label={`${t('conflict.mine')}${t('common.colon')}${show(row.mine)}`} sx={{ minHeight: 44 }} />
            </RadioGroup>
          </fieldset>
        ))}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={() => all('server')}>{t('conflict.takeTheirs')}</Button>
        <Button onClick={() => all('mine')}>{t('conflict.keepMine')}</Button>
        <Button variant="contained" onClick={() => props.onResolve(applyChoices(props.base, props.mine, props.server, choices))}>
          {t('conflict.saveChosen')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
