import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import { compile, vetoStanding, type ChecklistDefinition, type ScoreResult } from '../../../../lib/engine';
import { ChecklistForm } from '../../../filling/components/ChecklistForm';
import { VetoStandingNote } from '../../../filling/components/VetoStandingNote';
import { buildFormMap } from '../../../filling/form-map';
import { LiveContext, type LiveState } from '../../../filling/live-context';
import { previewScore } from '../../../filling/live-score';
import type { ChecklistForm as FormDefinition } from '../../../filling/use-form-i18n';
import { CriteriaTable } from '../../../result/components/CriteriaTable';
import { dryRun, type DefinitionProblem } from '../api/queries';
import { contextProblemText, isContextProblem, preselectContext } from '../context-choices';
import { contextFrom, missingContext } from '../missing-context';
import { ContextInputs, type SampleContext } from './ContextInputs';
import { MissingContextNotice } from './MissingContextNotice';
import { ProblemList } from './ProblemList';

interface Sample {
  context?: SampleContext;
  answers?: Record<string, unknown>;
}

/**
 * The form as institutions will see it, rendered by the filling page's own renderer set, with a
 * dry run: the server scores the preview's answers with this definition, criterion by criterion.
 */
export function DefinitionPreview({ definition }: { definition: Record<string, unknown> }) {
  const i18n = useI18n();
  const { t, l, num } = i18n;
  const compiled = useMemo(() => compile(definition as unknown as ChecklistDefinition), [definition]);
  const map = useMemo(() => buildFormMap(compiled), [compiled]);
  const form = compiled.definition.form as FormDefinition;
  const [section, setSection] = useState(0);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const plan = compiled.definition.plan as { years?: { from?: number } };
  // A valid value preselected for each type, grade, county…: criteria that depend on them show as they apply.
  const [context, setContext] = useState<SampleContext>(() => preselectContext(compiled, { year: plan.years?.from ?? new Date().getFullYear(), round: 'baseline' }));
  // A definition validated again may declare fields it did not: those get theirs, chosen values stay.
  useEffect(() => setContext((c) => preselectContext(compiled, c)), [compiled]);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<{ result?: ScoreResult; sampleIssues: DefinitionProblem[]; given: SampleContext; error?: string } | null>(null);

  const live: LiveState = useMemo(() => {
    const result = previewScore(compiled, { context, answers, evidence: {} });
    return { results: new Map(result.criteria.map((c) => [c.id, c])), submissionId: 'preview', readOnly: true, evidence: {}, setEvidence: () => undefined };
  }, [compiled, context, answers]);
  const dryRunBand = outcome?.result ? vetoStanding(outcome.result, 'draft').band : null;

  const loadSample = async (file: File) => {
    const sample = JSON.parse(await file.text()) as Sample;
    if (sample.answers) setAnswers(sample.answers);
    if (sample.context) setContext({ ...context, ...sample.context });
    setOutcome(null);
  };
  const run = async (given: SampleContext = context) => {
    setRunning(true);
    try {
      const r = await dryRun(definition, { context: given, answers });
      setOutcome({ result: r.result as ScoreResult | undefined, sampleIssues: r.sampleIssues ?? [], given });
    } catch (error) {
      setOutcome({ sampleIssues: [], given, error: error instanceof Error ? error.message : String(error) });
    } finally {
      setRunning(false);
    }
  };

  const missing = outcome ? missingContext(outcome.sampleIssues, compiled) : [];
  // Missing context is said in the notice below; a wrong or contradictory one in words here, never as a path.
  const contextProblems = outcome ? outcome.sampleIssues.filter((i) => isContextProblem(i) && i.code !== 'context-required') : [];
  const otherProblems = outcome ? outcome.sampleIssues.filter((i) => !isContextProblem(i)) : [];
  // Values taken from a directory entry fill the inputs above and run the dry run again at once.
  const takeContext = (participant: Record<string, unknown> | undefined) => {
    const next = contextFrom(context, participant, compiled);
    setContext(next);
    void run(next);
  };

  return (
    <Box component="section" aria-labelledby="preview-title" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" id="preview-title">
        {t('cl.preview')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('cl.previewHint')}
      </Typography>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {t('cl.context')}
      </Typography>
      <ContextInputs compiled={compiled} value={context} onChange={setContext} />
      <LiveContext.Provider value={live}>
        <ChecklistForm
          form={form}
          map={map}
          sections={compiled.definition.sections}
          section={section}
          onSection={setSection}
          data={answers}
          onChange={setAnswers}
          idPrefix="preview-tab"
          panelId="preview-panel"
          testId="preview-form"
        />
      </LiveContext.Provider>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', my: 2 }}>
        <Button variant="outlined" component="label">
          {t('cl.loadSample')}
          <input hidden type="file" accept="application/json,.json" onChange={(e) => e.target.files?.[0] && void loadSample(e.target.files[0])} />
        </Button>
        <Button variant="contained" color="secondary" disabled={running} onClick={() => void run()}>
          {running ? t('cl.dryRunning') : t('cl.dryRun')}
        </Button>
      </Box>
      {outcome?.error && <Alert severity="error">{outcome.error}</Alert>}
      {missing.length > 0 && <MissingContextNotice missing={missing} subject={compiled.definition.subject} onPick={takeContext} />}
      {outcome && contextProblems.length > 0 && (
        <Alert severity="warning" sx={{ my: 2 }} data-testid="dry-run-context-problems">
          {t('cl.contextProblems')}
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {contextProblems.map((p, i) => (
              <li key={i}>{contextProblemText(p, compiled, outcome.given, t, l)}</li>
            ))}
          </Box>
        </Alert>
      )}
      {otherProblems.length > 0 && <ProblemList title={t('cl.sampleProblems')} problems={otherProblems} severity="warning" />}
      {outcome?.result && (
        <Box component="section" aria-labelledby="dry-run-title" data-testid="dry-run-result">
          <Typography variant="h6" component="h3" id="dry-run-title">
            {t('cl.dryRunResult')}
          </Typography>
          <Typography data-testid="dry-run-total">
            {t('result.total')}
            {t('common.colon')}
            {outcome.result.total === null ? '—' : num(outcome.result.total, 1)} · {t('result.band')}
            {t('common.colon')}
            {/* A sample is a draft: a veto item it leaves blank is pending, not a hit. */}
            {dryRunBand ? l(dryRunBand.label) : '—'}
          </Typography>
          <VetoStandingNote result={outcome.result} stage="draft" />
          <CriteriaTable result={outcome.result} submissionId="" evidence={{}} onlyNotMet={false} />
        </Box>
      )}
    </Box>
  );
}
