import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import { PageState } from '../../../components/PageState';
import { OfflineNote, useOnline } from '../../../components/OfflineNote';
import { useI18n } from '../../../i18n/i18n-context';
import type { MessageKey } from '../../../i18n/messages';
import type { Schemas } from '../../../api/client';
import { useChecklistTitles, useRounds } from '../../institution/api';

type Round = Schemas['Round'];
import { submissionIdOf, useInstitutions, useRegionList, useChecklistOnDevice, useRoundSubmissions, useStartedOffline, useStartOnSite, type Participant, type SubmissionRecord } from '../api/queries';
import { useReadAhead, useReadyOffline } from '../api/read-ahead';
import { startsOnDevice, type KnownParticipant } from '../offline-start';
import { byDeadlineThenName } from '../round-order';
import { StartDialog, type OfflineStart } from './StartDialog';
import { checklistTitle } from '../../../lib/checklist-title';

type Waiting = 'expert.waitingStart' | 'expert.waitingContinue' | null;

/** What the expert should do next for one institution, if anything. */
function waitingFor(self: SubmissionRecord | undefined, expert: SubmissionRecord | undefined): Waiting {
  if (expert && (expert.status === 'draft' || expert.status === 'returned')) return 'expert.waitingContinue';
  if (!expert && (self?.status === 'submitted' || self?.status === 'scored')) return 'expert.waitingStart';
  return null;
}

const stateKey = (s: SubmissionRecord | undefined) => (s ? `status.${s.status}` : 'status.none') as MessageKey;

/** A round's participants: its institutions, or the regions of a region checklist's round. */
function participantsOf(round: Round): { type: 'institution' | 'region'; id: string }[] {
  const regions = (round as Round & { regionIds?: string[] }).regionIds ?? [];
  return (round.institutionIds ?? []).length === 0 && regions.length > 0
    ? regions.map((id) => ({ type: 'region' as const, id }))
    : (round.institutionIds ?? []).map((id) => ({ type: 'institution' as const, id }));
}

/** The submission of one participant and kind among a round's. */
function findIn(items: SubmissionRecord[], p: { type: 'institution' | 'region'; id: string }, kind: 'self' | 'expert') {
  return items.find((s) => (p.type === 'region' ? (s as SubmissionRecord & { regionId?: string }).regionId === p.id : s.institutionId === p.id) && s.kind === kind);
}

/** What the start dialog says offline: the participant's record comes first (the home names it), then the checklist. */
function offlineStart(recordHere: boolean | null, checklistHere: boolean | undefined): OfflineStart {
  if (!recordHere) return 'no-record';
  if (checklistHere === undefined) return 'checking';
  return checklistHere ? 'yes' : 'no-checklist';
}

/** `/expert`: assigned rounds; per round each institution's self-evaluation and on-site state, what waits first. */
export function RoundsOverview() {
  const { t, l, lang } = useI18n();
  const rounds = useRounds();
  useReadAhead(rounds.data);
  // Set by the return page: which institution's self-evaluation was just returned. Shown once: the
  // history entry drops it, so a reload or coming back does not announce the return again.
  const location = useLocation();
  const [returned] = useState(() => (location.state as { returned?: string } | null)?.returned);
  const go = useNavigate();
  const path = location.pathname;
  useEffect(() => {
    if (returned) void go(path, { replace: true, state: null });
  }, [returned, go, path]);
  if (!rounds.data) return <PageState query={rounds} />;
  // A fixed order (deadline, then name): it does not move when something is started or returned.
  const order = byDeadlineThenName(lang === 'en' ? 'en-GB' : 'zh-CN');
  const sorted = rounds.data
    .filter((r) => r.status === 'open')
    .map((r) => ({ r, key: { id: r.id, deadline: r.deadline, name: l(r.name) } }))
    .sort((a, b) => order(a.key, b.key))
    .map(({ r }) => r);
  // A round without a participant the expert can evaluate was an empty card saying "nothing
  // waits" and only added scrolling: one line names them instead.
  const open = sorted.filter((r) => participantsOf(r).length > 0);
  const idle = sorted.filter((r) => participantsOf(r).length === 0);
  // Closed rounds take no more evaluations; their comparison stays open to read.
  const closed = rounds.data.filter((r) => r.status !== 'open');
  return (
    <>
      <OfflineNote />
      <Typography variant="h4" component="h1" gutterBottom>
        {t('expert.title')}
      </Typography>
      {returned && (
        <Alert severity="success" role="status" sx={{ mb: 2 }} data-testid="returned-note">
          {t('review.done', { name: returned })}
        </Alert>
      )}
      {open.length === 0 && <Alert severity="info">{t(idle.length ? 'expert.noneToEvaluate' : 'expert.none')}</Alert>}
      {open.map((r) => (
        <RoundCard key={r.id} round={r} />
      ))}
      {idle.length > 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="idle-rounds" sx={{ mb: 2 }}>
          {t('expert.idleRounds', { n: idle.length })}
          {t('common.colon')}
          {idle.map((r) => l(r.name)).join(t('common.listSeparator'))}
        </Typography>
      )}
      {closed.length > 0 && (
        <Box component="section" aria-labelledby="closed-rounds" sx={{ mt: 4 }}>
          <Typography variant="h6" component="h2" id="closed-rounds">
            {t('expert.closed')}
          </Typography>
          <Box component="ul" sx={{ pl: 0, listStyle: 'none' }}>
            {closed.map((r) => (
              <li key={r.id}>
                <Button component={RouterLink} to={`/rounds/${encodeURIComponent(r.id)}/comparison`} sx={{ minHeight: 44 }}>
                  {l(r.name)} · {t('expert.comparison')}
                </Button>
              </li>
            ))}
          </Box>
        </Box>
      )}
    </>
  );
}

function RoundCard({ round }: { round: Round }) {
  const { t, l } = useI18n();
  const navigate = useNavigate();
  const submissions = useRoundSubmissions(round.id);
  const institutions = useInstitutions();
  const regions = useRegionList();
  const titles = useChecklistTitles();
  const start = useStartOnSite(round);
  const startedHere = useStartedOffline();
  const [choosing, setChoosing] = useState<{ participant: KnownParticipant; canPrefill: boolean } | null>(null);
  const [unfolded, setUnfolded] = useState<boolean | null>(null);
  const online = useOnline();
  const checklistHere = useChecklistOnDevice(round, !!choosing && !online);
  const ready = useReadyOffline(round, participantsOf(round)[0]?.type === 'region' ? '/api/regions' : '/api/institutions');
  if (!submissions.data) return <PageState query={submissions} />;
  const participants = participantsOf(round);
  const kindOf = new Map(participants.map((p) => [p.id, p.type]));
  const recordOf = (id: string) => (kindOf.get(id) === 'region' ? regions.data : institutions.data)?.find((x) => x.id === id);
  const nameOf = (id: string) => l(recordOf(id)?.name) || id;
  // An evaluation started offline on this device stands in for the server's until it is created.
  const local = (p: Participant) => (findIn(submissions.data, p, 'expert') ? undefined : startedHere.data?.get(submissionIdOf(round.id, p.id, 'expert')));
  const rows = participants
    .map((p) => ({ id: p.id, type: p.type, self: findIn(submissions.data, p, 'self'), expert: findIn(submissions.data, p, 'expert') ?? local(p), local: !!local(p) }))
    .map((row) => ({ ...row, waiting: waitingFor(row.self, row.expert) }));
  // Participants keep the round's order: what waits is named in the card's summary and outlined,
  // rather than moved to the top (a row jumped away after the expert acted on it).
  const waiting = rows.filter((row) => row.waiting);
  // A round where nothing waits for the expert folds into one line (on a phone four such cards
  // were screens of "nothing waits"); the expert may still unfold it to start an evaluation.
  const open = unfolded ?? waiting.length > 0;
  const listId = `round-${round.id}-participants`;

  const choose = async (prefill: boolean) => {
    if (!choosing) return;
    const id = await start.mutateAsync({ participant: choosing.participant, prefill });
    navigate(`/expert/onsite/${encodeURIComponent(id)}`);
  };

  return (
    <Box component="section" aria-labelledby={`round-${round.id}`} sx={{ mb: 4 }} data-round={round.id}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <div>
          <Typography variant="h6" component="h2" id={`round-${round.id}`}>
            {l(round.name)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {l(checklistTitle(titles.data ?? [], round.checklistId, round.checklistVersion) ?? { zh: round.checklistId })} · {t('home.version')} {round.checklistVersion}
            {ready && <span data-testid="ready-offline"> · {t('expert.readyOffline')}</span>}
          </Typography>
        </div>
        <Button component={RouterLink} to={`/rounds/${encodeURIComponent(round.id)}/comparison`} sx={{ minHeight: 44 }}>
          {t('expert.comparison')}
        </Button>
      </Box>
      {waiting.length > 0 ? (
        <Alert severity="warning" sx={{ my: 1 }}>
          <strong>{t('expert.waiting')}</strong>
          {t('common.colon')}
          {waiting.map((row) => t('expert.waitingItem', { name: nameOf(row.id), what: t(row.waiting!) })).join(t('common.listSeparator'))}
        </Alert>
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, my: 0.5 }} data-testid="round-folded-line">
          <Typography variant="body2" color="text.secondary">
            {t('expert.waitingNone')} · {t(rows[0]?.type === 'region' ? 'expert.regionCount' : 'expert.institutionCount', { n: rows.length })}
          </Typography>
          <Button size="small" aria-expanded={open} aria-controls={listId} onClick={() => setUnfolded(!open)} sx={{ minHeight: 44 }}>
            {open ? t('expert.fold') : t('expert.unfold')}
          </Button>
        </Box>
      )}
      <Box component="ul" id={listId} hidden={!open} sx={{ listStyle: 'none', p: 0, m: 0, display: open ? 'grid' : 'none', gap: 1 }}>
        {rows.map((row) => {
          const canPrefill = row.self?.status === 'submitted' || row.self?.status === 'scored';
          const expertDone = row.expert?.status === 'submitted' || row.expert?.status === 'scored';
          return (
            <Paper component="li" variant="outlined" key={row.id} data-institution={row.id} data-participant={row.type} sx={{ p: 1.5, display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between', borderColor: row.waiting ? 'warning.main' : undefined }}>
              <Box sx={{ minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600 }}>{nameOf(row.id)}</Typography>
                <Typography variant="body2" data-testid="self-state">
                  {t('expert.selfState')}
                  {t('common.colon')}
                  {t(stateKey(row.self))}
                </Typography>
                <Typography variant="body2" data-testid="expert-state">
                  {t('expert.ownState')}
                  {t('common.colon')}
                  {t(stateKey(row.expert))}
                  {row.local && ` · ${t('expert.pendingStart')}`}
                </Typography>
              </Box>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
                {row.expert ? (
                  <Button variant={expertDone ? 'outlined' : 'contained'} sx={{ minHeight: 44 }} component={RouterLink} to={`/expert/onsite/${encodeURIComponent(row.expert.id)}`}>
                    {expertDone ? t('expert.view') : t('expert.continue')}
                  </Button>
                ) : (
                  <Button variant="contained" sx={{ minHeight: 44 }} onClick={() => setChoosing({ participant: { type: row.type, id: row.id, context: recordOf(row.id)?.context, self: row.self }, canPrefill })}>
                    {t('expert.start')}
                  </Button>
                )}
                {canPrefill && round.status === 'open' && (
                  <Button variant="outlined" color="warning" sx={{ minHeight: 44 }} component={RouterLink} to={`/expert/review/${encodeURIComponent(row.self!.id)}`}>
                    {t('expert.review')}
                  </Button>
                )}
              </Box>
            </Paper>
          );
        })}
      </Box>
      <StartDialog
        open={!!choosing}
        canPrefill={!!choosing?.canPrefill}
        offlineStart={offlineStart(choosing && startsOnDevice(round, choosing.participant), checklistHere.data)}
        busy={start.isPending}
        error={start.error?.message}
        onClose={() => {
          setChoosing(null);
          start.reset();
        }}
        onChoose={(prefill) => void choose(prefill).catch(() => undefined)}
      />
    </Box>
  );
}
