import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { ACCOUNT_BLOCK_TEXT, accountBlock } from '../../../auth/account-block';
import { PageState } from '../../../components/PageState';
import { useI18n } from '../../../i18n/i18n-context';
import { unmetContext, vetoStanding, type Criterion } from '../../../lib/published-engine';
import { useRound } from '../../institution/api';
import { submitSubmission, useChecklist, usePreparedForm, useSubmission, type PreparedForm, type SubmissionRecord } from '../api/queries';
import { buildFormMap } from '../form-map';
import { notApplicableFields } from '../not-applicable';
import { LiveContext, type LiveState } from '../live-context';
import { previewScore, unsavable, type Draft } from '../live-score';
import { findProblems, type Problem } from '../problems';
import { useFieldTarget } from '../renderers/field-target';
import { pickLanguage } from '../translate-error';
import { useFormI18n, type ChecklistForm as FormDefinition } from '../use-form-i18n';
import { useAutosave } from '../use-autosave';
import { ChecklistForm } from './ChecklistForm';
import { ConfirmSubmit } from './ConfirmSubmit';
import { Notice } from './Notice';
import './plain-button.css';
import { ProblemList } from './ProblemList';
import { latestReturnComments, ReviewComments } from './ReviewComments';
import { SaveIndicator } from './SaveIndicator';
import { ScorePanel } from './ScorePanel';

type Evidence = Record<string, Schemas['EvidenceFile'][]>;

// Shown only when a save meets a newer version: its code (MUI, and the theme around it) loads
// then, not with the form, which is drawn without MUI.
const OfflineConflictDialog = lazy(() => import('../../offline/OfflineConflictDialog').then((m) => ({ default: m.OfflineConflictDialog })));
const MuiThemed = lazy(() => import('../../../theme/MuiThemed'));


/** `/inst/fill/:id`: the self-evaluation form, with its live score, autosave and submit. */
export function FillPage() {
  const { id } = useParams();
  const submission = useSubmission(id);
  const checklist = useChecklist(submission.data?.checklistId, submission.data?.checklistVersion);
  // Fetched while the checklist compiles, so the header does not wait for it afterwards.
  useRound(submission.data?.roundId);
  const prepared = usePreparedForm(checklist.data?.definition);
  const failed = submission.error ?? checklist.error ?? prepared.error;
  // Offline with nothing stored on the device: said so, with a retry, not an endless spinner.
  const reads = [submission, checklist];
  if (failed || !submission.data || !prepared.data)
    return <PageState error={failed} paused={reads.some((q) => q.fetchStatus === 'paused')} onRetry={() => reads.forEach((q) => (q.error || q.fetchStatus === 'paused') && void q.refetch())} />;
  return <FillForm key={submission.data.id} initial={submission.data} prepared={prepared.data} />;
}

function FillForm({ initial, prepared }: { initial: SubmissionRecord; prepared: PreparedForm }) {
  const { compiled, ajv: formAjv, schema: formSchema } = prepared;
  const i18n = useI18n();
  const { t, l, lang } = i18n;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const round = useRound(initial.roundId);
  const { definition } = compiled;
  const form = definition.form as FormDefinition;
  const map = useMemo(() => buildFormMap(compiled), [compiled]);
  const readOnly = initial.status === 'submitted' || initial.status === 'scored';
  const [answers, setAnswers] = useState<Record<string, unknown>>(initial.answers);
  const [evidence, setEvidenceState] = useState<Evidence>((initial.evidence ?? {}) as Evidence);
  const [section, setSection] = useState(0);
  const link = useFieldTarget();
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const autosave = useAutosave(initial, !readOnly, {
    onRestore: (kept) => {
      setAnswers(kept.answers);
      setEvidenceState(kept.evidence);
    },
  });

  const draft: Draft = useMemo(() => ({ context: initial.context as Draft['context'], answers, evidence }), [initial.context, answers, evidence]);
  const result = useMemo(() => previewScore(compiled, draft), [compiled, draft]);
  const problems = useMemo(() => findProblems(compiled, draft, result), [compiled, draft, result]);
  // The list of what blocks submitting sits below the form (for a new draft, a link per required
  // answer): it renders just after the form's first paint, and after each keystroke's, not
  // before them. The submit button reads \`problems\` itself, so it is never enabled early.
  const listedProblems = useDeferredValue<Problem[] | null>(problems, null);
  const results = useMemo(() => new Map(result.criteria.map((c) => [c.id, c])), [result]);

  const setEvidence = useCallback(
    (criterionId: string, files: LiveState['evidence'][string]) => {
      const next: Evidence = { ...evidence, [criterionId]: files as Evidence[string] };
      if (!files.length) delete next[criterionId];
      setEvidenceState(next);
      autosave.change({ answers, evidence: next }, unsavable(compiled, answers));
    },
    [answers, evidence, autosave, compiled],
  );
  // A returned evaluation: the reviewer's comments on a criterion show at that criterion's field.
  const returnComments = useMemo(() => (initial.status === 'returned' ? latestReturnComments(initial.comments) : []), [initial.status, initial.comments]);
  const addon = useCallback((criterion: Criterion) => <ReviewComments comments={returnComments.filter((c) => c.criterionId === criterion.id)} />, [returnComments]);
  // Criteria the institution's context rules out, by the engine's rule: folded, each with its reason.
  const naFields = useMemo(() => notApplicableFields(compiled, results), [compiled, results]);
  const unmet = useCallback((criterionId: string) => unmetContext(compiled, criterionId, initial.context), [compiled, initial.context]);
  const live: LiveState = useMemo(() => ({ results, submissionId: initial.id, readOnly, evidence, setEvidence, addon, notApplicableFields: naFields, unmet }), [results, naFields, unmet, initial.id, readOnly, evidence, setEvidence, addon]);

  const { labelOf } = useFormI18n(form, i18n);
  const additionalErrors = useMemo(
    () => problems.filter((p) => p.kind === 'inconsistent').map((p) => ({ instancePath: `/${p.field.split('.').join('/')}`, keyword: 'inconsistent', message: pickLanguage(p.message, lang), params: {}, schemaPath: '' })),
    [problems, lang],
  );

  const go = (p: Problem) => {
    const field = p.kind === 'evidence' ? map.fieldOfCriterion(p.criterionId!) : p.field;
    if (!field) return;
    setSection(map.sectionOfField(field));
    link.go(field);
  };

  const submit = async () => {
    setConfirming(false);
    setSubmitting(true);
    setSubmitError(null);
    try {
      const version = await autosave.flush();
      if (version === undefined) throw new Error(t('fill.unsaved'));
      await submitSubmission(initial.id, version);
      await queryClient.invalidateQueries({ queryKey: ['submission', initial.id] });
      await queryClient.invalidateQueries({ queryKey: ['submissions'] });
      navigate(`/inst/result/${encodeURIComponent(initial.id)}`);
    } catch (error) {
      const block = accountBlock(error);
      setSubmitError(block ? t(ACCOUNT_BLOCK_TEXT[block]) : error instanceof Error ? error.message : String(error));
    } finally {
      setSubmitting(false);
    }
  };

  // Submitted as it is, an unanswered veto item counts as not met: the confirmation says so.
  const pendingVeto = confirming ? vetoStanding(result, 'draft').unanswered : [];
  const unanswered = useMemo(() => result.criteria.filter((c) => c.status === 'missing').length, [result]);

  return (
    <LiveContext.Provider value={live}>
      <div className="fill-header">
        <div>
          <h1 className="fill-title">{l(definition.title)}</h1>
          <p className="fill-subtitle">
            {round.data ? l(round.data.name) : initial.roundId} · {t('home.version')} {definition.version}
          </p>
        </div>
        {!readOnly && <SaveIndicator state={autosave.state} />}
      </div>
      {readOnly && (
        <Notice
          severity="info"
          className="fill-notice"
          action={
            <button type="button" className="plain-button fill-nowrap" onClick={() => navigate(`/inst/result/${encodeURIComponent(initial.id)}`)}>
              {t('fill.viewResult')}
            </button>
          }
        >
          {t('fill.readOnly')}
        </Notice>
      )}
      {initial.status === 'returned' && (
        <Notice severity="warning" className="fill-notice">
          {t('fill.returned')}
          <ul>
            {returnComments.map((c, i) => (
              <li key={i} data-comment-criterion={c.criterionId ?? ''}>
                {c.criterionId ? `${l(results.get(c.criterionId)?.title)}${t('common.colon')}` : `${t('fill.overallComment')}${t('common.colon')}`}
                {c.text}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <div className="fill-layout">
        <div className="fill-main">
          <ChecklistForm
            form={form}
            map={map}
            sections={definition.sections}
            section={section}
            onSection={setSection}
            data={answers}
            onChange={(data) => {
              setAnswers(data);
              autosave.change({ answers: data, evidence }, unsavable(compiled, data));
            }}
            readOnly={readOnly}
            ajv={formAjv}
            schema={formSchema}
            additionalErrors={additionalErrors}
            target={link.target}
          />
          <div className="fill-pager">
            <button type="button" className="plain-button" disabled={section === 0} onClick={() => setSection(section - 1)}>
              {t('fill.prev')}
            </button>
            <button type="button" className="plain-button" disabled={section === map.sections.length - 1} onClick={() => setSection(section + 1)}>
              {t('fill.next')}
            </button>
          </div>
          {!readOnly && (
            <section aria-label={t('fill.submit')} className="fill-submit">
              {listedProblems && <ProblemList problems={listedProblems} unanswered={unanswered} labelOf={labelOf} criterionTitle={(cid) => l(results.get(cid)?.title)} onGo={go} />}
              {submitError && (
                <Notice severity="error" className="fill-submit-error">
                  {submitError}
                </Notice>
              )}
              <button type="button" className="plain-button plain-button-contained plain-button-large fill-submit-button" disabled={problems.length > 0 || submitting || autosave.state.kind === 'conflict'} onClick={() => setConfirming(true)}>
                {submitting ? t('fill.submitting') : t('fill.submit')}
              </button>
            </section>
          )}
        </div>
        <ScorePanel result={result} stage={readOnly ? 'final' : 'draft'} onSection={setSection} />
      </div>
      {confirming && <ConfirmSubmit unanswered={unanswered} vetoItems={pendingVeto.map((id) => l(results.get(id)?.title))} onCancel={() => setConfirming(false)} onConfirm={() => void submit()} />}
      {autosave.state.kind === 'conflict' && (
        <Suspense fallback={null}>
          <MuiThemed>
          <OfflineConflictDialog
            open
            serverVersion={autosave.state.server.version}
            base={autosave.state.base}
            mine={{ answers, evidence }}
            server={{ answers: autosave.state.server.answers, evidence: (autosave.state.server.evidence ?? {}) as Evidence }}
            labelOf={labelOf}
            onResolve={(chosen) => {
              setAnswers(chosen.answers);
              setEvidenceState(chosen.evidence as Evidence);
              void autosave.resolve(chosen as { answers: Record<string, unknown>; evidence: Evidence });
            }}
          />
          </MuiThemed>
        </Suspense>
      )}
    </LiveContext.Provider>
  );
}
