import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback, useMemo, useState } from 'react';
import type { Schemas } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n-context';
import type { CompiledChecklist, Criterion } from '../../../lib/engine';
import { differenceOf, readingOf, unmetContext } from '../../../lib/published-engine';
import { ChecklistForm } from '../../filling/components/ChecklistForm';
import { SaveIndicator } from '../../filling/components/SaveIndicator';
import { buildFormMap } from '../../filling/form-map';
import { notApplicableFields } from '../../filling/not-applicable';
import { LiveContext, type LiveState } from '../../filling/live-context';
import { previewScore, unsavable, type Draft } from '../../filling/live-score';
import { findProblems } from '../../filling/problems';
import { useFieldTarget } from '../../filling/renderers/field-target';
import { useFormI18n, type ChecklistForm as FormDefinition } from '../../filling/use-form-i18n';
import { useAutosave } from '../../filling/use-autosave';
import { withInherited } from '../../evidence/inherited';
import { useRound } from '../../institution/api';
import { OfflineConflictDialog } from '../../offline/OfflineConflictDialog';
import type { SubmissionRecord } from '../api/queries';
import { CriterionCompare } from './CriterionCompare';
import { DifferenceSummary } from './DifferenceSummary';
import { fieldsReadBy } from '../../filling/criterion-fields';
import { nextUnfilled, type OnSiteFilter } from '../onsite-navigation';
import { OnSiteHeader } from './OnSiteHeader';
import { OnSiteNavigator } from './OnSiteNavigator';
import { OnSiteScore } from './OnSiteScore';
import { OnSiteSubmit } from './OnSiteSubmit';

type Evidence = Record<string, Schemas['EvidenceFile'][]>;


/**
 * The expert's own evaluation as a form, section by section, autosaved, each criterion with the
 * self-evaluation's score and answers beside it (`self`, when comparable) and the expert's note.
 * `selfUnavailable` (offline, the self-evaluation not on this device): said above the form and
 * beside each criterion, with a way to ask for it again; the expert scores meanwhile.
 */
export function OnSiteForm({ initial, self, selfUnavailable, compiled }: { initial: SubmissionRecord; self: SubmissionRecord | null; selfUnavailable?: () => void; compiled: CompiledChecklist }) {
  const i18n = useI18n();
  const { t, l } = i18n;
  const round = useRound(initial.roundId);
  const { definition } = compiled;
  const form = definition.form as FormDefinition;
  const map = useMemo(() => buildFormMap(compiled), [compiled]);
  const readOnly = initial.status === 'submitted' || initial.status === 'scored';
  const [answers, setAnswers] = useState<Record<string, unknown>>(initial.answers);
  const [evidence, setEvidenceState] = useState<Evidence>((initial.evidence ?? {}) as Evidence);
  const [notes, setNotes] = useState<Record<string, string>>(initial.notes ?? {});
  const [section, setSection] = useState(0);
  const link = useFieldTarget();
  const [filter, setFilter] = useState<OnSiteFilter>('all');
  // The fields a filter shows, taken when it is chosen: a field filled under 仅看未填 stays until the filter is chosen again.
  const [shown, setShown] = useState<ReadonlySet<string> | null>(null);
  const [lastJump, setLastJump] = useState<string | undefined>(undefined);
  // Edits kept on the device (made offline, not yet synced) come back over the server's copy.
  const autosave = useAutosave(initial, !readOnly, {
    onRestore: (kept) => {
      setAnswers(kept.answers);
      setEvidenceState(kept.evidence as Evidence);
      if (kept.notes) setNotes(kept.notes);
    },
  });

  const inherited = initial.inheritedEvidence?.files as Evidence | undefined;
  // Scored (live, and by the submit check) with the institution's files, as the server scores it.
  const draft: Draft = useMemo(() => ({ context: initial.context as Draft['context'], answers, evidence: withInherited(evidence, inherited) }), [initial.context, answers, evidence, inherited]);
  const result = useMemo(() => previewScore(compiled, draft), [compiled, draft]);
  const selfResult = useMemo(() => (self ? previewScore(compiled, { context: self.context as Draft['context'], answers: self.answers, evidence: (self.evidence ?? {}) as Evidence }) : null), [compiled, self]);
  const problems = useMemo(() => findProblems(compiled, draft, result), [compiled, draft, result]);
  const results = useMemo(() => new Map(result.criteria.map((c) => [c.id, c])), [result]);
  const selfResults = useMemo(() => new Map((selfResult?.criteria ?? []).map((c) => [c.id, c])), [selfResult]);
  const differing = useMemo(() => definition.criteria.filter((c) => differenceOf(readingOf(selfResults.get(c.id)), readingOf(results.get(c.id)))), [definition.criteria, selfResults, results]);

  const save = useCallback(
    (next: { answers?: Record<string, unknown>; evidence?: Evidence; notes?: Record<string, string> }) => {
      const content = { answers: next.answers ?? answers, evidence: next.evidence ?? evidence, notes: next.notes ?? notes };
      autosave.change(content, unsavable(compiled, content.answers));
    },
    [answers, evidence, notes, autosave, compiled],
  );
  const setEvidence = useCallback(
    (criterionId: string, files: LiveState['evidence'][string]) => {
      const next: Evidence = { ...evidence, [criterionId]: files as Evidence[string] };
      if (!files.length) delete next[criterionId];
      setEvidenceState(next);
      save({ evidence: next });
    },
    [evidence, save],
  );
  const setNote = useCallback(
    (criterionId: string, text: string) => {
      const next = { ...notes, [criterionId]: text };
      if (!text) delete next[criterionId];
      setNotes(next);
      save({ notes: next });
    },
    [notes, save],
  );
  const selfMissing = selfUnavailable ? t('onsite.selfOfflineShort') : undefined;
  const addon = useCallback(
    (criterion: Criterion) => (
      <CriterionCompare
        criterion={criterion}
        self={selfResults.get(criterion.id)}
        expert={results.get(criterion.id)}
        difference={differenceOf(readingOf(selfResults.get(criterion.id)), readingOf(results.get(criterion.id)))}
        selfSubmission={self}
        selfMissing={selfMissing}
        note={notes[criterion.id] ?? ''}
        onNote={(text) => setNote(criterion.id, text)}
        readOnly={readOnly}
      />
    ),
    [selfResults, results, self, selfMissing, notes, setNote, readOnly],
  );
  // Criteria the institution's context rules out, by the engine's rule: folded, each with its reason.
  const naFields = useMemo(() => notApplicableFields(compiled, results), [compiled, results]);
  const unmet = useCallback((criterionId: string) => unmetContext(compiled, criterionId, initial.context), [compiled, initial.context]);
  const live: LiveState = useMemo(() => ({ results, submissionId: initial.id, readOnly, evidence, inherited, setEvidence, addon, notApplicableFields: naFields, unmet, shownFields: shown, capture: true }), [results, naFields, unmet, shown, initial.id, readOnly, evidence, inherited, setEvidence, addon]);

  const { labelOf } = useFormI18n(form, i18n);

  const goToField = (field: string | undefined) => {
    if (!field) return;
    setSection(map.sectionOfField(field));
    link.go(field);
  };

  const unfilledIds = useMemo(() => new Set(result.criteria.filter((c) => c.status === 'missing').map((c) => c.id)), [result]);
  const chooseFilter = (next: OnSiteFilter) => {
    setFilter(next);
    const ids = next === 'differs' ? new Set(differing.map((c) => c.id)) : next === 'unfilled' ? unfilledIds : null;
    setShown(ids ? fieldsReadBy(compiled, ids) : null);
  };
  const order = useMemo(() => map.sections.flatMap((s) => s.fields), [map]);
  const nextToFill = () => {
    const anchors = new Set([...unfilledIds].flatMap((id) => map.fieldOfCriterion(id) ?? []));
    const from = lastJump && map.sectionOfField(lastJump) === section ? order.indexOf(lastJump) : order.indexOf(map.sections[section]?.fields[0] ?? '') - 1;
    const field = nextUnfilled(order, anchors, from);
    if (!field) return;
    // A field the filter hides cannot be reached: the jump shows everything again.
    if (shown && !shown.has(field)) chooseFilter('all');
    setLastJump(field);
    goToField(field);
  };
  const sectionEmpty = shown !== null && !(map.sections[section]?.fields ?? []).some((f) => shown.has(f));

  const selfReturnable = self && (self.status === 'submitted' || self.status === 'scored') && round.data?.status === 'open';

  return (
    <LiveContext.Provider value={live}>
      <OnSiteHeader submission={initial} checklistTitle={l(definition.title)} readOnly={readOnly} status={!readOnly && <SaveIndicator state={autosave.state} />} />
      {selfUnavailable && (
        <Alert severity="warning" role="status" data-testid="self-unavailable" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={selfUnavailable} sx={{ minHeight: 44 }}>{t('common.retry')}</Button>}>
          {t('onsite.selfOffline')}
        </Alert>
      )}
      {self && <DifferenceSummary differing={differing} onGo={(criterionId) => goToField(map.fieldOfCriterion(criterionId))} />}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1fr) 320px' }, gap: 2, alignItems: 'start' }}>
        <Box sx={{ minWidth: 0 }}>
          <ChecklistForm
            form={form}
            map={map}
            sections={definition.sections}
            section={section}
            onSection={setSection}
            data={answers}
            onChange={(data) => {
              setAnswers(data);
              save({ answers: data });
            }}
            readOnly={readOnly}
            target={link.target}
            toolbar={<OnSiteNavigator filter={filter} onFilter={chooseFilter} differing={self ? differing.length : null} unfilled={unfilledIds.size} onNext={nextToFill} />}
          />
          {sectionEmpty && <Alert severity="info" data-testid="section-empty">{t('onsite.nav.emptySection')}</Alert>}
          <Box sx={{ display: 'flex', justifyContent: 'space-between', my: 2 }}>
            <Button disabled={section === 0} onClick={() => setSection(section - 1)} sx={{ minHeight: 44 }}>
              {t('fill.prev')}
            </Button>
            <Button disabled={section === map.sections.length - 1} onClick={() => setSection(section + 1)} sx={{ minHeight: 44 }}>
              {t('fill.next')}
            </Button>
          </Box>
          {!readOnly && (
            <OnSiteSubmit
              submissionId={initial.id}
              roundId={initial.roundId}
              flush={autosave.flush}
              conflict={autosave.state.kind === 'conflict'}
              returnSelfId={selfReturnable ? self.id : undefined}
              problems={problems}
              unanswered={unfilledIds.size}
              labelOf={labelOf}
              criterionTitle={(cid) => l(results.get(cid)?.title)}
              onGo={(p) => goToField(p.kind === 'evidence' ? map.fieldOfCriterion(p.criterionId!) : p.field)}
            />
          )}
        </Box>
        <OnSiteScore expert={result} self={selfResult} stage={readOnly ? 'final' : 'draft'} />
      </Box>
      {autosave.state.kind === 'conflict' && (
        // Answer by answer and note by note: an expert's notes typed offline are never dropped unseen.
        <OfflineConflictDialog
          open
          serverVersion={autosave.state.server.version}
          base={autosave.state.base}
          mine={{ answers, evidence, notes }}
          server={{ answers: autosave.state.server.answers, evidence: (autosave.state.server.evidence ?? {}) as Evidence, notes: autosave.state.server.notes ?? {} }}
          labelOf={labelOf}
          noteLabelOf={(criterionId) => `${t('onsite.note')}${t('common.colon')}${l(results.get(criterionId)?.title) || criterionId}`}
          onResolve={(chosen) => {
            setAnswers(chosen.answers);
            setEvidenceState(chosen.evidence as Evidence);
            setNotes(chosen.notes ?? {});
            void autosave.resolve(chosen as { answers: Record<string, unknown>; evidence: Evidence; notes?: Record<string, string> });
          }}
        />
      )}
    </LiveContext.Provider>
  );
}
