import type { Diagnostic } from '@codemirror/lint';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { syntaxErrorKey } from '../json-syntax-words';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../../api/client';
import { PageState } from '../../../../components/PageState';
import { useI18n } from '../../../../i18n/i18n-context';
import { dryRun, publishDefinition, useInvalidateChecklists, type DefinitionProblem } from '../api/queries';
import { useLatest } from '../api/use-latest';
import { pointerOffset } from '../json-pointer-offset';
import { localDraft } from '../local-draft';
import { scaffoldDefinition } from '../scaffold';
import { DefinitionPreview } from './DefinitionPreview';
import type { JsonEditorHandle } from './JsonEditor';
import { ProblemList, useProblemText } from './ProblemList';
import { PublishConfirmDialog } from './PublishConfirmDialog';

// The editor is the heaviest thing in the console: its own chunk, fetched by this page only.
const JsonEditor = lazy(() => import('./JsonEditor'));
// The outline conversion, with its example and wording, is fetched when an author asks for it.
const OutlineDialog = lazy(() => import('./OutlineDialog'));

interface Checked {
  text: string;
  valid: boolean;
  problems: DefinitionProblem[];
  omitted?: number;
  warnings: DefinitionProblem[];
  definition?: Record<string, unknown>;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Line and column (1-based) of an offset, for the syntax error's wording. */
function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** `/admin/checklists/new`: write or load a definition, validate, preview, dry-run, publish. */
export function PublishPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const latest = useLatest(from);
  const invalidate = useInvalidateChecklists();
  const [text, setText] = useState(() => (from ? '' : (localDraft.read() ?? pretty(scaffoldDefinition()))));
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState<'validating' | 'publishing' | null>(null);
  const [publishError, setPublishError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outlining, setOutlining] = useState(false);
  const editor = useRef<JsonEditorHandle>(null);
  const problemText = useProblemText();

  useEffect(() => {
    if (!latest.data) return;
    setText(pretty({ ...latest.data.definition, version: latest.data.version + 1, status: 'draft' }));
  }, [latest.data]);

  const change = (next: string) => {
    setText(next);
    localDraft.write(next);
    setPublishError(null);
  };

  const validate = async () => {
    setBusy('validating');
    setPublishError(null);
    try {
      const errors: ParseError[] = [];
      const parsed: unknown = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
      if (errors.length) {
        const e = errors[0]!;
        const at = lineColumn(text, e.offset);
        const problem: DefinitionProblem = { path: `@${e.offset}`, code: 'json-syntax', message: t('cl.syntax', { ...at, error: t(syntaxErrorKey(e.error)) }) };
        setChecked({ text, valid: false, problems: [problem], warnings: [] });
        return;
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        setChecked({ text, valid: false, problems: [{ path: '/', code: 'invalid-definition', message: t('cl.syntax', { line: 1, column: 1, error: t('cl.json.notObject') }) }], warnings: [] });
        return;
      }
      const r = await dryRun(parsed as Record<string, unknown>);
      setChecked({ text, valid: r.valid, problems: r.issues, omitted: r.omittedIssues, warnings: r.warnings ?? [], definition: r.definition });
    } catch (error) {
      setPublishError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const locate = (p: DefinitionProblem) => {
    const offset = p.path.startsWith('@') ? Number(p.path.slice(1)) : undefined;
    return offset !== undefined ? { from: offset, to: offset + 1 } : pointerOffset(text, p.path);
  };
  const diagnostics: Diagnostic[] = useMemo(() => {
    if (!checked || checked.text !== text) return [];
    const place = (p: DefinitionProblem, severity: 'error' | 'warning'): Diagnostic => ({ ...locate(p), severity, message: `${p.path} ${problemText(p)}` });
    return [...checked.problems.filter((p) => p.code !== 'json-syntax').map((p) => place(p, 'error')), ...checked.warnings.map((p) => place(p, 'warning'))];
  }, [checked, text, problemText]);
  const go = (p: DefinitionProblem) => {
    const { from: start, to } = locate(p);
    editor.current?.select(start, to);
  };

  const publish = async () => {
    setConfirming(false);
    if (!checked?.valid || checked.text !== text) return;
    setBusy('publishing');
    setPublishError(null);
    try {
      const record = await publishDefinition(JSON.parse(text) as Record<string, unknown>);
      localDraft.clear();
      await invalidate();
      navigate(`/admin/checklists?published=${encodeURIComponent(`${record.id}@${record.version}`)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const d = JSON.parse(text) as { id?: string; version?: number };
        setPublishError(t('cl.exists', { id: String(d.id), version: String(d.version) }));
      } else if (error instanceof ApiError && error.status === 400) {
        const issues = ((error.details as { issues?: DefinitionProblem[] } | undefined)?.issues ?? []);
        setChecked({ text, valid: false, problems: issues, warnings: [] });
      } else setPublishError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const upload = async (file: File) => change(await file.text());
  const current = checked?.text === text ? checked : null;
  const summary = current?.valid && current.definition ? (current.definition as { id: string; version: number; sections: unknown[]; criteria: unknown[] }) : null;

  if (from && latest.error) return <PageState error={latest.error} />;
  if (from && !text) return <PageState />;
  return (
    <>
      <Typography variant="h4" component="h1">
        {t('cl.publishTitle')}
      </Typography>
      <Typography sx={{ my: 1 }}>{t('cl.publishIntro')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', my: 2 }}>
        <Button variant="outlined" component="label">
          {t('cl.upload')}
          <input hidden type="file" accept="application/json,.json" data-testid="upload-definition" onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} />
        </Button>
        <Button variant="outlined" onClick={() => change(pretty(scaffoldDefinition()))}>
          {t('cl.scaffold')}
        </Button>
        <Button variant="outlined" onClick={() => setOutlining(true)}>
          {t('outline.open')}
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="contained" disabled={busy !== null} onClick={() => void validate()}>
          {busy === 'validating' ? t('cl.validating') : t('cl.validate')}
        </Button>
        <Button variant="contained" color="success" disabled={busy !== null || !current?.valid} onClick={() => setConfirming(true)}>
          {busy === 'publishing' ? t('cl.publishing') : t('cl.publish')}
        </Button>
      </Box>
      {/* Editor and problems side by side on a wide screen: a click on a problem and its place stay in view together. */}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 400px' }, gap: 2, alignItems: 'start' }}>
        <Box component="section" aria-labelledby="editor-title" sx={{ minWidth: 0 }}>
          <Typography variant="h6" component="h2" id="editor-title">
            {t('cl.editor')}
          </Typography>
          <Suspense fallback={<PageState />}>
            <JsonEditor value={text} onChange={change} diagnostics={diagnostics} label={t('cl.editor')} handle={editor} />
          </Suspense>
        </Box>
        <Box sx={{ minWidth: 0, maxHeight: { md: 560 }, overflowY: 'auto', pt: { md: 4 } }} tabIndex={0} role="region" aria-label={t('cl.checkResults')}>
          {!current?.valid && (
            <Typography variant="body2" color="text.secondary">
              {t('cl.publishNeedsValid')}
            </Typography>
          )}
          {publishError && (
            <Alert severity="error" sx={{ my: 2 }} role="alert">
              {publishError}
            </Alert>
          )}
          {/* Kept after edits, so several problems can be fixed in one pass; a click finds the place in the text as it is now. */}
          {checked && !checked.valid && <ProblemList title={t('cl.problems', { count: checked.problems.length + (checked.omitted ?? 0) })} problems={checked.problems} omitted={checked.omitted} onGo={go} />}
          {summary && (
            <Alert severity="success" sx={{ my: 2 }} data-testid="valid">
              {t('cl.valid', { id: summary.id, version: summary.version, sections: summary.sections.length, criteria: summary.criteria.length })}
            </Alert>
          )}
          {current && current.warnings.length > 0 && <ProblemList title={t('cl.warnings', { count: current.warnings.length })} problems={current.warnings} severity="warning" onGo={go} />}
        </Box>
      </Box>
      {outlining && (
        <Suspense fallback={null}>
          <OutlineDialog
            onCancel={() => setOutlining(false)}
            onGenerate={(definition) => {
              setOutlining(false);
              change(pretty(definition));
            }}
          />
        </Suspense>
      )}
      {confirming && summary && <PublishConfirmDialog id={summary.id} version={summary.version} definition={current!.definition as Record<string, unknown>} warnings={current?.warnings.length ?? 0} onCancel={() => setConfirming(false)} onConfirm={() => void publish()} />}
      {current?.valid && current.definition && <DefinitionPreview key={current.text} definition={current.definition} />}
    </>
  );
}
