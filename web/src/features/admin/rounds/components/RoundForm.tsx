import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { useI18n } from '../../../../i18n/i18n-context';
import { useInstitutions, useRegions } from '../../directory/api/queries';
import { useChecklistList, useChecklistVersions, useCreateRound } from '../api/queries';
import { ParticipantPicker } from './ParticipantPicker';

type Kind = 'baseline' | 'annual' | 'final';

/** `/admin/rounds/new`: checklist and version, year, kind, participants by region and type, experts. */
export function RoundForm() {
  const { t, l } = useI18n();
  const navigate = useNavigate();
  const checklists = useChecklistList();
  const regions = useRegions();
  const institutions = useInstitutions();
  const create = useCreateRound();
  const [id, setId] = useState('');
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [checklistId, setChecklistId] = useState('');
  const versions = useChecklistVersions(checklistId || undefined);
  const [version, setVersion] = useState<number | ''>('');
  const [year, setYear] = useState(new Date().getFullYear());
  const [kind, setKind] = useState<Kind>('annual');
  const [deadline, setDeadline] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [experts, setExperts] = useState('');
  if (!checklists.data || !regions.data || !institutions.data) return <PageState error={checklists.error ?? regions.error ?? institutions.error} />;
  const published = (versions.data ?? []).filter((v) => v.status === 'published');
  const details = (create.error as { details?: { issues?: { path: string; message: string }[] } } | null)?.details;

  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('rounds.new')}
      </Typography>
      <Stack
        spacing={2}
        component="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const round = await create.mutateAsync({
            id: id.trim(),
            name: en.trim() ? { zh: zh.trim(), en: en.trim() } : { zh: zh.trim() },
            checklistId,
            checklistVersion: Number(version),
            type: kind,
            year,
            ...(deadline ? { deadline } : {}),
            institutionIds: [...selected],
            expertIds: experts.split(/[,，\s]+/).map((x) => x.trim()).filter(Boolean),
          }).catch(() => null);
          if (round) navigate(`/admin/rounds/${encodeURIComponent(round.id)}`);
        }}
      >
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField label={t('rounds.id')} value={id} onChange={(e) => setId(e.target.value)} required />
          <TextField label={t('rounds.name')} value={zh} onChange={(e) => setZh(e.target.value)} required sx={{ flex: 1 }} />
          <TextField label={t('rounds.nameEn')} value={en} onChange={(e) => setEn(e.target.value)} sx={{ flex: 1 }} />
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField select label={t('rounds.checklist')} value={checklistId} onChange={(e) => { setChecklistId(e.target.value); setVersion(''); }} required sx={{ flex: 2 }}>
            {checklists.data.map((c) => (
              <MenuItem key={c.id} value={c.id}>{l(c.title)} ({c.id})</MenuItem>
            ))}
          </TextField>
          <TextField select label={t('rounds.version')} value={version} onChange={(e) => setVersion(Number(e.target.value))} required sx={{ minWidth: 100 }} disabled={!published.length}>
            {published.map((v) => (
              <MenuItem key={v.version} value={v.version}>v{v.version}</MenuItem>
            ))}
          </TextField>
          <TextField type="number" label={t('rounds.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} required sx={{ width: 120 }} />
          <TextField type="date" label={t('rounds.deadline')} value={deadline} onChange={(e) => setDeadline(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 180 }} />
          <TextField select label={t('rounds.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)} sx={{ minWidth: 140 }}>
            {(['baseline', 'annual', 'final'] as const).map((k) => (
              <MenuItem key={k} value={k}>{t(`rounds.kind.${k}`)}</MenuItem>
            ))}
          </TextField>
        </Stack>
        <Typography variant="h6" component="h2">{t('rounds.participants')}</Typography>
        <ParticipantPicker institutions={institutions.data} regions={regions.data} selected={selected} onChange={setSelected} />
        <TextField label={t('rounds.experts')} value={experts} onChange={(e) => setExperts(e.target.value)} />
        {create.error && (
          <Alert severity="error">
            {[create.error.message, ...(details?.issues ?? []).map((i) => `${i.path}: ${i.message}`)].join('；')}
          </Alert>
        )}
        <Button type="submit" variant="contained" disabled={create.isPending || !id.trim() || !zh.trim() || !checklistId || version === ''} sx={{ alignSelf: 'flex-start' }}>
          {t('rounds.create')}
        </Button>
      </Stack>
    </Paper>
  );
}
