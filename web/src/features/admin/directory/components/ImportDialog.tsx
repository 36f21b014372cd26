import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../../api/client';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import { useAuthedFetch } from '../../dashboard/api/files';
import { useContextLabels } from '../api/use-context-labels';
import { contextLabels, contextText } from '../context-labels';
import { importColumnLabel } from '../import-column';

const NO_LABELS = contextLabels([]);

interface RowIssue {
  path: string;
  code: string;
  message: string;
  /** `header`: the column as the file's header row wrote it; `allowed`: the values the checklists take there. */
  params?: { row?: number; column?: string; header?: string; value?: string; allowed?: string };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Upload an XLSX/CSV of institutions: the server checks every row first; the report names each bad row. */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const { t, l } = useI18n();
  // Accepted codes read as their labels (二级甲等, not 2-a), which the sheet takes too.
  const labels = useContextLabels().data ?? NO_LABELS;
  const files = useAuthedFetch();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<{ list: RowIssue[]; omitted: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ created: number; unchanged: number } | null>(null);

  const issueText = (i: RowIssue) => {
    const key = `import.issue.${i.code}` as MessageKey;
    const column = i.params?.column ?? '';
    const allowed = i.code === 'not-allowed' ? (i.params?.allowed ?? '').split(', ').map((code) => contextText(labels, column, code, l)).join(', ') : (i.params?.allowed ?? '');
    const known = t(key, { allowed });
    return known === key ? i.message : known;
  };
  const badRows = issues ? new Set(issues.list.map((i) => i.params?.row).filter((r) => r !== undefined)).size : 0;

  async function upload() {
    if (!file) return;
    setBusy(true);
    setIssues(null);
    setError(null);
    setDone(null);
    try {
      const type = /\.csv$/i.test(file.name) ? 'text/csv' : XLSX;
      const report = await files.sendFile<{ created: number; unchanged: number }>('/api/institutions/import', file, type);
      setDone(report);
      await client.invalidateQueries({ queryKey: ['institutions'] });
    } catch (e) {
      const details = e instanceof ApiError ? (e.details as { issues?: RowIssue[]; omittedIssues?: number } | undefined) : undefined;
      if (details?.issues?.some((i) => i.params?.row !== undefined)) setIssues({ list: details.issues, omitted: details.omittedIssues ?? 0 });
      else setError(details?.issues?.[0] ? issueText(details.issues[0]) : (e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="import-title">
      <DialogTitle id="import-title">{t('import.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('import.help')}</DialogContentText>
        <Stack direction="row" spacing={2} sx={{ my: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button variant="outlined" onClick={() => files.download('/api/institutions/import/template', 'institutions-template.xlsx').catch((e: Error) => setError(e.message))}>
            {t('import.template')}
          </Button>
          <Button variant="outlined" component="label">
            {t('import.choose')}
            <input
              hidden
              type="file"
              accept=".xlsx,.csv"
              data-testid="import-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setIssues(null);
                setDone(null);
                // Choosing the corrected file under the same name must fire again.
                e.target.value = '';
              }}
            />
          </Button>
          {file && <Typography>{t('import.file', { name: file.name })}</Typography>}
        </Stack>
        {error && <Alert severity="error">{error}</Alert>}
        {done && (
          <Alert severity="success" data-testid="import-done">
            {t('import.done', done)}
          </Alert>
        )}
        {issues && (
          <>
            <Alert severity="error" data-testid="import-report">
              {t('import.rows', { n: badRows })}
            </Alert>
            <Table size="small" aria-label={t('import.rows', { n: badRows })}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('import.row')}</TableCell>
                  <TableCell>{t('import.column')}</TableCell>
                  <TableCell>{t('import.problem')}</TableCell>
                  <TableCell>{t('import.value')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {issues.list.map((i) => (
                  <TableRow key={`${i.path}-${i.code}`} data-row={i.params?.row}>
                    <TableCell>{i.params?.row}</TableCell>
                    <TableCell>{i.params?.header ?? importColumnLabel(i.params?.column, t)}</TableCell>
                    <TableCell>{issueText(i)}</TableCell>
                    <TableCell>{i.params?.value}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {issues.omitted > 0 && <Typography color="text.secondary">{t('import.omitted', { n: issues.omitted })}</Typography>}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('import.close')}</Button>
        <Button variant="contained" onClick={upload} disabled={!file || busy}>
          {t('import.upload')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
