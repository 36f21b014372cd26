import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ComponentProps } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import { useInstitutions, useRegions } from '../../directory/api/queries';
import { useChecklistDefinition, useChecklistList, useChecklistVersions, useCreateRound } from '../api/queries';
import { requirementsOf, type FitDefinition } from '../checklist-fit';
import { chinaToday, pastDeadlineError, roundFormErrors, type RoundField } from '../round-form-errors';
import { ExpertPicker } from './ExpertPicker';
import { ParticipantPicker } from './ParticipantPicker';

type Kind = 'baseline' | 'annual' | 'final';

/**
 * `/admin/rounds/new`: checklist and version, year, kind, deadline, participants (institutions,
 * or regions for a `subject: region` checklist) by region and type, experts. What the API
 * refuses is shown in Chinese next to the field it is about.
 */
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
  const definition = useChecklistDefinition(checklistId || undefined, version === '' ? undefined : version);
  const requirements = useMemo(() => requirementsOf(definition.data?.definition as FitDefinition | undefined), [definition.data]);
  const [year, setYear] = useState(new Date().getFullYear());
  const [kind, setKind] = useState<Kind>('annual');
  const [deadline, setDeadline] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [experts, setExperts] = useState<ComponentProps<typeof ExpertPicker>['value']>([]);
  const serverErrors = useMemo(() => roundFormErrors(create.error), [create.error]);
  const chinaTodayIso = chinaToday();
  const deadlineError = pastDeadlineError(deadline, chinaTodayIso);
  // The API's refusal of a past deadline and the form's own say the same: shown once.
  const fieldErrors = deadlineError ? [deadlineError, ...serverErrors.filter((e) => e.key !== deadlineError.key)] : serverErrors;
  if (!checklists.data || !regions.data || !institutions.data) return <PageState query={[checklists, regions, institutions]} />;
  const published = (versions.data ?? []).filter((v) => v.status === 'published');
  const chosen = published.find((v) => v.version === version);
  // A person checklist is filled within an institution's submission: its participants are institutions.
  const participantKind = chosen?.subject === 'region' ? 'region' : 'institution';
  const errorsFor = (field: RoundField) => fieldErrors.filter((e) => e.field === field).map((e) => t(e.key as MessageKey, e.values));
  const helper = (field: RoundField) => {
    const texts = errorsFor(field);
    return texts.length ? { error: true, helperText: texts.join('；') } : {};
  };
  const pickVersion = (next: number | '') => {
    const kindOf = (n: number | '') => (published.find((v) => v.version === n)?.subject === 'region' ? 'region' : 'institution');
    // Institutions picked for one subject are no participants of a region checklist, nor the other way round.
    if (kindOf(next) !== participantKind) setSelected(new Set());
    setVersion(next);
    create.reset();
  };

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
            ...(participantKind === 'region' ? { institutionIds: [], regionIds: [...selected] } : { institutionIds: [...selected] }),
            expertIds: [...new Set(experts.map((p) => (typeof p === 'string' ? p : p.username)))],
          }).catch(() => null);
          if (round) navigate(`/admin/rounds/${encodeURIComponent(round.id)}`);
        }}
      >
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField label={t('rounds.id')} value={id} onChange={(e) => { setId(e.target.value); create.reset(); }} required {...helper('id')} />
          <TextField label={t('rounds.name')} value={zh} onChange={(e) => setZh(e.target.value)} required sx={{ flex: 1 }} />
          <TextField label={t('rounds.nameEn')} value={en} onChange={(e) => setEn(e.target.value)} sx={{ flex: 1 }} />
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField select label={t('rounds.checklist')} value={checklistId} onChange={(e) => { setChecklistId(e.target.value); pickVersion(''); }} required sx={{ flex: 2 }}>
            {checklists.data.map((c) => (
              <MenuItem key={c.id} value={c.id}>{l(c.title)} ({c.id})</MenuItem>
            ))}
          </TextField>
          <TextField select label={t('rounds.version')} value={version} onChange={(e) => pickVersion(Number(e.target.value))} required sx={{ minWidth: 100 }} disabled={!published.length} {...helper('checklistVersion')}>
            {published.map((v) => (
              <MenuItem key={v.version} value={v.version}>v{v.version}</MenuItem>
            ))}
          </TextField>
          <TextField type="number" label={t('rounds.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} required sx={{ width: 120 }} />
          <TextField type="date" label={t('rounds.deadline')} value={deadline} onChange={(e) => { setDeadline(e.target.value); create.reset(); }} slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: chinaTodayIso } }} sx={{ width: 180 }} {...helper('deadline')} />
          <TextField select label={t('rounds.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)} sx={{ minWidth: 140 }}>
            {(['baseline', 'annual', 'final'] as const).map((k) => (
              <MenuItem key={k} value={k}>{t(`rounds.kind.${k}`)}</MenuItem>
            ))}
          </TextField>
        </Stack>
        <Typography variant="h6" component="h2">{t(participantKind === 'region' ? 'rounds.participantsRegions' : 'rounds.participants')}</Typography>
        {chosen ? (
          <>
            <Typography variant="body2" color="text.secondary" data-testid="participant-kind">{t(`rounds.subject.${participantKind}`)}</Typography>
            <ParticipantPicker
              key={participantKind}
              kind={participantKind}
              institutions={institutions.data}
              regions={regions.data}
              selected={selected}
              requirements={requirements}
              onChange={(next) => { setSelected(next); create.reset(); }}
              errors={errorsFor('participants')}
            />
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">{t('rounds.pickChecklistFirst')}</Typography>
        )}
        <ExpertPicker value={experts} onChange={(next) => { setExperts(next); create.reset(); }} errors={errorsFor('experts')} />
        {errorsFor('form').length > 0 && (
          <Alert severity="error" data-testid="round-form-error">{errorsFor('form').join('；')}</Alert>
        )}
        <Button type="submit" variant="contained" disabled={create.isPending || !id.trim() || !zh.trim() || !checklistId || version === '' || !!deadlineError} sx={{ alignSelf: 'flex-start' }}>
          {t('rounds.create')}
        </Button>
      </Stack>
    </Paper>
  );
}
