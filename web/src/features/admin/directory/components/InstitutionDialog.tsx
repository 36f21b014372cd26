import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { ApiError } from '../../../../api/client';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import { useSaveInstitution, type Institution, type Region } from '../api/queries';
import { useContextLabels } from '../api/use-context-labels';
import { contextLabels } from '../context-labels';
import { CONTEXT_FIELDS, contextToLines, contextValue, linesToContext } from '../context-lines';
import { contextRefusals, otherRefusals, type ApiIssue, type Wording } from '../context-refusals';
import { ContextField } from './ContextField';
import { RegionPicker } from './RegionPicker';

const NO_LABELS = contextLabels([]);

const FIELD_LABEL: Record<(typeof CONTEXT_FIELDS)[number], MessageKey> = { institutionType: 'dir.type', grade: 'dir.grade', county: 'dir.county', population: 'dir.population' };

/**
 * Create (no `institution`) or edit one institution: name, region (picked by name) and the context
 * checklists read, coded values (type, grade, county) chosen by the labels the checklists give them.
 */
export function InstitutionDialog({ institution, regions, onClose }: { institution?: Institution; regions: Region[]; onClose(): void }) {
  const { t, l } = useI18n();
  const save = useSaveInstitution();
  const labels = useContextLabels().data ?? NO_LABELS;
  const context = (institution?.context ?? {}) as Record<string, string | number>;
  const [id, setId] = useState(institution?.id ?? '');
  const [zh, setZh] = useState(institution?.name.zh ?? '');
  const [en, setEn] = useState(institution?.name.en ?? '');
  const [regionId, setRegionId] = useState(institution?.regionId ?? '');
  const [fields, setFields] = useState<Record<string, string>>(Object.fromEntries(CONTEXT_FIELDS.map((k) => [k, context[k] === undefined ? '' : String(context[k])])));
  const [other, setOther] = useState(contextToLines(context));
  const [problem, setProblem] = useState<string | null>(null);
  // Context values the API refused (no published checklist takes them), said under their fields.
  const [refused, setRefused] = useState<ReadonlyMap<string, Wording>>(new Map());
  const refusal = (key: string) => {
    const wording = refused.get(key);
    return wording ? t(wording.key, wording.values) : undefined;
  };
  const otherRefused = otherRefusals(refused, CONTEXT_FIELDS, t);

  async function submit() {
    const parsed = linesToContext(other);
    if ('badLine' in parsed) return setProblem(t('dir.badLine', { n: parsed.badLine }));
    const values: Record<string, string | number> = { ...parsed.values };
    for (const key of CONTEXT_FIELDS) if (fields[key]!.trim()) values[key] = contextValue(fields[key]!);
    setProblem(null);
    setRefused(new Map());
    try {
      await save.mutateAsync({ draft: { id: id.trim(), name: en.trim() ? { zh: zh.trim(), en: en.trim() } : { zh: zh.trim() }, regionId, context: values }, version: institution?.version });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && institution) return setProblem(t('dir.conflict'));
      const issues = error instanceof ApiError ? ((error.details as { issues?: ApiIssue[] } | undefined)?.issues ?? []) : [];
      const { byKey, rest } = contextRefusals(issues, labels, l);
      setRefused(byKey);
      if (byKey.size && !rest.length) return;
      setProblem([(error as Error).message, ...rest.map((i) => `${i.path}: ${i.message}`)].join('；'));
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="institution-dialog-title">
      <DialogTitle id="institution-dialog-title">{institution ? `${t('dir.edit')} · ${l(institution.name)}` : t('dir.new')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField label={t('dir.id')} value={id} onChange={(e) => setId(e.target.value)} disabled={!!institution} required />
          <TextField label={t('dir.name')} value={zh} onChange={(e) => setZh(e.target.value)} required />
          <TextField label={t('dir.nameEn')} value={en} onChange={(e) => setEn(e.target.value)} />
          <RegionPicker label={t('dir.region')} regions={regions} value={regionId} onChange={setRegionId} required testId="institution-region" />
          {CONTEXT_FIELDS.map((key) =>
            key === 'population' ? (
              <TextField key={key} label={t(FIELD_LABEL[key])} value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.target.value })} inputProps={{ inputMode: 'decimal' }} error={!!refusal(key)} helperText={refusal(key)} />
            ) : (
              <ContextField key={key} field={key} label={t(FIELD_LABEL[key])} labels={labels} value={fields[key]!} onChange={(value) => setFields({ ...fields, [key]: value })} error={!!refusal(key)} helperText={refusal(key)} />
            ),
          )}
          <TextField label={t('dir.otherContext')} value={other} onChange={(e) => setOther(e.target.value)} multiline minRows={2} error={!!otherRefused} helperText={otherRefused} />
          {problem && <Alert severity="error">{problem}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('dir.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={save.isPending || !id.trim() || !zh.trim() || !regionId}>
          {t('dir.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
