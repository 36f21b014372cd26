import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import { useAllVersions } from '../../checklists/api/queries';
import { useSubmissionRecord } from '../api/queries';
import { checklistTitle } from '../checklist-title';

/** What an audit entry's `changes` say, briefly: a status move, a version move, the keys a save touched. */
function describe(changes: Record<string, unknown> | undefined, stage: (s: string) => string, word: (key: string) => string, saves: (n: number, since: string) => string): string {
  if (!changes) return '';
  return Object.entries(changes)
    .filter(([key]) => key !== 'since')
    .map(([key, value]) => {
      // A save's changed parts in words; consecutive saves of one session are one entry.
      if (key === 'keys' && Array.isArray(value)) return value.map((k) => word(String(k))).join('、');
      if (key === 'saves' && typeof value === 'number') return saves(value, typeof changes.since === 'string' ? changes.since : '');
      if (key === 'status' && Array.isArray(value)) return `${stage(String(value[0]))} → ${stage(String(value[1]))}`;
      if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number') return `${key}: ${value[0]} → ${value[1]}`;
      if (Array.isArray(value)) return `${key}: ${value.join(', ')}`;
      return `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
    })
    .join('；');
}

/** `/admin/submissions/:id`: a submission's audit trail (who changed what, when) and which version scored it. */
export function AuditPage() {
  const { id } = useParams();
  const { t, l, date } = useI18n();
  const submission = useSubmissionRecord(id);
  // Every version, retired ones too: an old submission may use one; until it loads the id stands in.
  const versions = useAllVersions();
  const s = submission.data;
  if (!s) return <PageState error={submission.error} />;
  const title = s.checklistId ? checklistTitle(versions.data ?? [], s.checklistId, s.checklistVersion) : undefined;
  const word = (key: string, prefix: string) => {
    const k = `${prefix}${key}` as MessageKey;
    const text = t(k);
    return text === k ? key : text;
  };
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 1 }}>
        <Typography variant="h4" component="h1" sx={{ flexGrow: 1 }}>{t('audit.title')}</Typography>
        {s.score && (
          <Button variant="contained" component={RouterLink} to={`/admin/result/${encodeURIComponent(s.id)}`}>{t('audit.result')}</Button>
        )}
      </Stack>
      <Typography>
        {s.id} · {word(s.status, 'progress.stage.')} ·{' '}
        <span data-testid="audit-checklist" title={s.checklistId}>
          {title ? l(title) : s.checklistId}
        </span>{' '}
        v{s.checklistVersion}
      </Typography>
      {s.score && (
        <Typography color="text.secondary" data-testid="scored-with" sx={{ mb: 2 }}>
          {t('audit.scoredWith', { v: s.score.checklistVersion ?? s.checklistVersion ?? '', engine: s.score.engineVersion ?? '' })}
        </Typography>
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('audit.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('audit.at')}</TableCell>
              <TableCell>{t('audit.by')}</TableCell>
              <TableCell>{t('audit.action')}</TableCell>
              <TableCell>{t('audit.version')}</TableCell>
              <TableCell>{t('audit.changes')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...(s.audit ?? [])].reverse().map((a) => (
              <TableRow key={a.version} data-action={a.action}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(a.at, true)}</TableCell>
                <TableCell>{a.by}</TableCell>
                <TableCell>{word(a.action, 'audit.action.')}</TableCell>
                <TableCell>{a.version}</TableCell>
                <TableCell>
                  {describe(
                    a.changes as Record<string, unknown> | undefined,
                    (x) => word(x, 'progress.stage.'),
                    (k) => word(k, 'audit.part.'),
                    (n, since) => t('audit.saves', { n, since: since ? date(since, true) : '' }),
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
