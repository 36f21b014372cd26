import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useI18n } from '../../../i18n/i18n-context';

/** Leaf paths whose values differ between two answer objects. */
export function diffAnswers(a: unknown, b: unknown, prefix = ''): { path: string; mine: unknown; theirs: unknown }[] {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObj(a) || isObj(b)) {
    const keys = new Set([...Object.keys(isObj(a) ? a : {}), ...Object.keys(isObj(b) ? b : {})]);
    return [...keys].flatMap((k) => diffAnswers(isObj(a) ? a[k] : undefined, isObj(b) ? b[k] : undefined, prefix ? `${prefix}.${k}` : k));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path: prefix, mine: a, theirs: b }];
}

const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** A 409 made visible: both sides of every differing answer, and the user's choice. */
export function ConflictDialog(props: { open: boolean; serverVersion: number; mine: unknown; theirs: unknown; labelOf(path: string): string; onKeepMine(): void; onTakeTheirs(): void }) {
  const { t } = useI18n();
  const diffs = diffAnswers(props.mine, props.theirs);
  return (
    <Dialog open={props.open} aria-labelledby="conflict-title" maxWidth="md" fullWidth>
      <DialogTitle id="conflict-title">{t('conflict.title')}</DialogTitle>
      <DialogContent>
        <p>{t('conflict.body', { server: props.serverVersion })}</p>
        {diffs.length === 0 ? (
          <p>{t('conflict.none')}</p>
        ) : (
          <Table size="small" aria-label={t('conflict.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('conflict.field')}</TableCell>
                <TableCell>{t('conflict.mine')}</TableCell>
                <TableCell>{t('conflict.theirs')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {diffs.map((d) => (
                <TableRow key={d.path} data-conflict-field={d.path}>
                  <TableCell>{props.labelOf(d.path)}</TableCell>
                  <TableCell>{show(d.mine)}</TableCell>
                  <TableCell>{show(d.theirs)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onTakeTheirs}>{t('conflict.takeTheirs')}</Button>
        <Button variant="contained" onClick={props.onKeepMine}>
          {t('conflict.keepMine')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
