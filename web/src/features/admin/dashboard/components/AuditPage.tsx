import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import { useAllVersions, useVersion } from '../../checklists/api/queries';
import { useInstitutions, useRegions } from '../../directory/api/queries';
import { useAdminRound } from '../../rounds/api/queries';
import { useSubmissionRecord } from '../api/queries';
import { auditActor, describeChanges, type AuditWords } from '../audit-changes';
import { fieldWords, type AuditChecklist } from '../audit-field-words';
import { checklistTitle } from '../../../../lib/checklist-title';
import { ScrollTable } from '../../components/ScrollTable';

type Named = { id: string; name: Parameters<ReturnType<typeof useI18n>['l']>[0] };

/** The participant's name from the directory (the id until it loads, or for one no longer listed). */
function participantName(s: { institutionId?: string | null; regionId?: string | null }, institutions: readonly Named[] | undefined, regions: readonly Named[] | undefined, l: ReturnType<typeof useI18n>['l']): string {
  const id = s.institutionId ?? s.regionId ?? '';
  const found = (s.institutionId ? institutions : regions)?.find((x) => x.id === id);
  return found ? l(found.name) : id;
}

/** `/admin/submissions/:id`: a submission's audit trail (who changed what, when) and which version scored it. */
export function AuditPage() {
  const { id } = useParams();
  const { t, l, date, lang } = useI18n();
  const submission = useSubmissionRecord(id);
  // Every version, retired ones too: an old submission may use one; until it loads the id stands in.
  const versions = useAllVersions();
  const s = submission.data;
  // Named as the administrator knows it: whose evaluation, which kind, in which round (the id stays on hover).
  const round = useAdminRound(s?.roundId).data;
  const institutions = useInstitutions();
  const regions = useRegions();
  // Older entries may name a band the current score no longer has: the version's bands name them all.
  // Its form and criteria name the answers and files a save changed (stored by path and criterion id).
  const definition = useVersion(s?.checklistId, s?.checklistVersion).data?.definition as ({ bands?: { id: string; label: Parameters<typeof l>[0] }[] } & AuditChecklist) | undefined;
  if (!s) return <PageState error={submission.error} />;
  const title = s.checklistId ? checklistTitle(versions.data ?? [], s.checklistId, s.checklistVersion) : undefined;
  const bands = [...(s.score?.band ? [s.score.band] : []), ...(definition?.bands ?? [])];
  const bandWord = (bandId: string) => {
    const found = bands.find((b) => b.id === bandId);
    return found ? l(found.label) : bandId;
  };
  const words: AuditWords = { t, date: (iso) => date(iso, true), band: bandWord, fields: fieldWords(definition, lang) };
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
      <Typography data-testid="audit-subject" title={s.id}>
        {participantName(s, institutions.data, regions.data, l)} · {t(s.kind === 'expert' ? 'progress.expert' : 'progress.self')} · {round ? l(round.name) : s.roundId} · {word(s.status, 'progress.stage.')} ·{' '}
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
      <ScrollTable label={t('audit.title')} minWidth={760}>
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
                <TableCell>{auditActor(a.by, words)}</TableCell>
                <TableCell className="short">{word(a.action, 'audit.action.')}</TableCell>
                <TableCell className="short">{a.version}</TableCell>
                <TableCell sx={{ minWidth: '16em' }}>
                  {describeChanges(a.changes as Record<string, unknown> | undefined, words)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
      </ScrollTable>
    </>
  );
}
