import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { OfflineNote } from '../../../../components/OfflineNote';
import { Pager } from '../../../../components/Pager';
import { useI18n } from '../../../../i18n/i18n-context';
import { useChecklistTitles } from '../../../institution/api';
import type { MessageKey } from '../../../../i18n/messages';
import { saveBlob } from '../../dashboard/api/files';
import { useAdminRound, useExpertNames, useRoundProgress, useSetRoundStatus } from '../api/queries';
import { OWING, remindListCsv } from '../remind-list';
import { CloseRoundDialog } from './CloseRoundDialog';
import { RescorePanel } from './RescorePanel';
import { ScrollTable } from '../../components/ScrollTable';
import { checklistTitle } from '../../../../lib/checklist-title';

const STAGES = ['not-started', 'draft', 'submitted', 'returned', 'scored'] as const;
const SIDES = ['self', 'expert'] as const;
const PAGE = 100;

/** `/admin/rounds/:id`: open or close, who stands where, the remind list, re-scoring. */
export function RoundDetailPage() {
  const { id } = useParams();
  const { t, l, date } = useI18n();
  const titles = useChecklistTitles();
  const round = useAdminRound(id);
  const progress = useRoundProgress(id);
  const setStatus = useSetRoundStatus();
  const expertNames = useExpertNames((round.data?.expertIds?.length ?? 0) > 0);
  // `self:draft`, `expert:submitted`, … or '' for everyone.
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const [closing, setClosing] = useState(false);
  if (!round.data || !progress.data) return <PageState query={[round, progress]} />;
  const r = round.data;
  const p = progress.data;
  const label = (key: MessageKey) => `${t(key)}${t('common.colon')}`;
  const stageWord = (s: string) => t(`progress.stage.${s}` as MessageKey);
  const [side, stage] = filter.split(':') as [(typeof SIDES)[number] | '', string | undefined];
  const shown = p.participants.filter((x) => !side || x[side].stage === stage);

  function exportRemind() {
    const csv = remindListCsv(p.participants, r.deadline, {
      header: [t('dir.id'), t('progress.institution'), t('dir.region'), t('rounds.deadline'), t('rounds.remind.selfOwed'), t('rounds.remind.expertOwed'), t('progress.updated')],
      stage: stageWord,
      name: (x) => l(x.name),
      region: (x) => (x.region ? l(x.region.name) : ''),
    }, (r.expertIds?.length ?? 0) > 0);
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `round-${r.id}-remind.csv`);
  }

  return (
    <>
      <OfflineNote />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 1 }}>
        <Typography variant="h4" component="h1" sx={{ flexGrow: 1 }}>
          {l(r.name)}
        </Typography>
        {/* One row that wraps: on a phone the status no longer stretches into a bar that reads as a button. */}
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Chip label={t(`rounds.status.${r.status}`)} color={r.status === 'open' ? 'success' : 'default'} data-testid="round-status" />
          <Button variant="outlined" disabled={setStatus.isPending} onClick={() => (r.status === 'open' ? setClosing(true) : setStatus.mutate({ round: r, status: 'open' }))}>
            {r.status === 'open' ? t('rounds.close') : t('rounds.open')}
          </Button>
          <Button variant="contained" component={RouterLink} to={`/admin/rounds/${encodeURIComponent(r.id)}/dashboard`}>
            {t('rounds.dashboard')}
          </Button>
        </Stack>
      </Stack>
      <Typography color="text.secondary">
        {r.year} · {t(`rounds.kind.${r.type}`)} · {l(checklistTitle(titles.data ?? [], r.checklistId, r.checklistVersion) ?? { zh: r.checklistId })} · {t('home.version')} {r.checklistVersion} · {r.regionIds?.length ? t('rounds.selectedRegions', { n: r.regionIds.length }) : t('rounds.selected', { n: r.institutionIds?.length ?? 0 })}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0.5, sm: 3 }} useFlexGap sx={{ mt: 0.5, flexWrap: 'wrap' }}>
        <Typography data-testid="round-deadline">
          {label('rounds.deadline')}
          {r.deadline ? date(new Date(`${r.deadline}T12:00:00`)) : t('rounds.noDeadline')}
        </Typography>
        <Typography data-testid="round-experts">
          {label('rounds.experts')}
          {r.expertIds?.length
            ? r.expertIds.map((e) => expertNames.data?.get(e) ?? e).join(t('common.enumSeparator'))
            : t('rounds.noExperts')}
        </Typography>
      </Stack>
      {setStatus.error && <Alert severity="error">{setStatus.error.message}</Alert>}
      {closing && (
        <CloseRoundDialog
          name={l(r.name)}
          owing={p.participants.filter((x) => OWING.includes(x.self.stage)).length}
          onCancel={() => setClosing(false)}
          onConfirm={() => {
            setClosing(false);
            setStatus.mutate({ round: r, status: 'closed' });
          }}
        />
      )}

      <RescorePanel round={r} progress={p} />

      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>{t('progress.title')}</Typography>
      <div data-testid="progress-counts">
        {SIDES.map((side) => (
          <Stack key={side} direction="row" spacing={1} useFlexGap sx={{ my: 1, flexWrap: 'wrap', alignItems: 'center' }} data-side={side}>
            <Typography component="span" variant="body2" sx={{ minWidth: '6em', width: { xs: '100%', sm: 'auto' }, fontWeight: 500 }}>{t(`progress.${side}`)}</Typography>
            {STAGES.map((s) => {
              const key = `${side}:${s}`;
              return (
                <Chip key={s} label={`${stageWord(s)} ${p.counts[side][s]}`} data-side={side} data-stage={s} data-count={p.counts[side][s]} color={filter === key ? 'primary' : 'default'} variant={filter === key ? 'filled' : 'outlined'} onClick={() => { setFilter(filter === key ? '' : key); setPage(0); }} />
              );
            })}
          </Stack>
        ))}
      </div>
      <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 2, mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField size="small" select label={t('progress.filter')} value={filter} onChange={(e) => { setFilter(e.target.value); setPage(0); }} sx={{ minWidth: 200 }}>
          <MenuItem value="">{t('progress.all')}</MenuItem>
          {SIDES.flatMap((side) =>
            STAGES.map((s) => (
              <MenuItem key={`${side}:${s}`} value={`${side}:${s}`}>{`${t(`progress.${side}`)} · ${stageWord(s)}`}</MenuItem>
            )),
          )}
        </TextField>
        <Button variant="outlined" onClick={exportRemind}>{t('progress.remind')}</Button>
      </Stack>
      <ScrollTable label={t('progress.title')} minWidth={640} cards>
          <TableHead>
            <TableRow>
              <TableCell>{t('progress.institution')}</TableCell>
              <TableCell>{t('dir.region')}</TableCell>
              <TableCell>{t('progress.self')}</TableCell>
              <TableCell>{t('progress.expert')}</TableCell>
              <TableCell>{t('progress.updated')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.slice(page * PAGE, (page + 1) * PAGE).map((x) => (
              <TableRow key={x.institutionId} data-institution={x.institutionId} data-stage={x.self.stage} data-expert-stage={x.expert.stage}>
                <TableCell sx={{ minWidth: '9em' }} className="card-title">{l(x.name)}</TableCell>
                <TableCell data-label={label('dir.region')}>{x.region ? l(x.region.name) : ''}</TableCell>
                <TableCell className="short" data-label={label('progress.self')}>
                  {x.self.submissionId ? (
                    <Link component={RouterLink} to={`/admin/submissions/${encodeURIComponent(x.self.submissionId)}`}>{stageWord(x.self.stage)}</Link>
                  ) : (
                    stageWord(x.self.stage)
                  )}
                </TableCell>
                <TableCell className="short" data-label={label('progress.expert')}>
                  {x.expert.submissionId ? (
                    <Link component={RouterLink} to={`/admin/submissions/${encodeURIComponent(x.expert.submissionId)}`}>{stageWord(x.expert.stage)}</Link>
                  ) : (
                    stageWord(x.expert.stage)
                  )}
                </TableCell>
                <TableCell className="short" data-label={label('progress.updated')}>{x.self.updatedAt ? date(x.self.updatedAt, true) : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
      </ScrollTable>
      {shown.length > PAGE && <Pager count={shown.length} page={page} rowsPerPage={PAGE} rowsPerPageOptions={[PAGE]} onPageChange={(_, p: number) => setPage(p)} />}
    </>
  );
}
