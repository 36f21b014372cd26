import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { ApiError } from '../../../../api/client';
import { useI18n } from '../../../../i18n/i18n-context';
import { useSaveRegion, type Region } from '../api/queries';
import { useContextLabels } from '../api/use-context-labels';
import { contextLabels } from '../context-labels';
import { contextRefusals, otherRefusals, type ApiIssue, type Wording } from '../context-refusals';
import { checkRegionForm, REGION_FIELDS, regionForm, type RegionForm, type RegionProblem } from '../region-draft';
import { ContextField } from './ContextField';
import { RegionPicker } from './RegionPicker';

const NO_LABELS = contextLabels([]);
const LEVELS = ['province', 'city', 'county'] as const;

/**
 * Create (no `region`) or edit one region: names, level, the region above it and the context its
 * checklists read (population, county code, other values). Both check the same things before
 * sending; a change someone saved meanwhile is said, not overwritten.
 */
export function RegionDialog({ region, regions, onClose }: { region?: Region; regions: Region[]; onClose(): void }) {
  const { t, l } = useI18n();
  const save = useSaveRegion();
  const labels = useContextLabels('region').data ?? NO_LABELS;
  const [form, setForm] = useState<RegionForm>(() => regionForm(region));
  const [problems, setProblems] = useState<RegionProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // A region cannot sit below itself: its own subtree is not offered as its parent.
  const parents = useMemo(() => {
    if (!region) return regions;
    const below = new Set([region.id]);
    let grew = true;
    while (grew) {
      const before = below.size;
      for (const r of regions) if (r.parentId && below.has(r.parentId)) below.add(r.id);
      grew = below.size > before;
    }
    return regions.filter((r) => !below.has(r.id));
  }, [region, regions]);
  // Context values the API refused (no published region checklist takes them), by key.
  const [refused, setRefused] = useState<ReadonlyMap<string, Wording>>(new Map());
  const problem = (field: RegionProblem['field'] | 'county') => {
    const found = problems.find((p) => p.field === field);
    if (found) return t(found.key, found.field === 'other' ? { n: found.line } : {});
    if (field === 'other') return otherRefusals(refused, REGION_FIELDS, t);
    const wording = refused.get(field);
    return wording ? t(wording.key, wording.values) : undefined;
  };
  const set = (patch: Partial<RegionForm>) => setForm((f) => ({ ...f, ...patch }));

  async function submit() {
    const checked = checkRegionForm(form, regions, region?.id);
    setFailure(null);
    setRefused(new Map());
    if ('problems' in checked) return setProblems(checked.problems);
    setProblems([]);
    try {
      await save.mutateAsync({ body: checked.body, version: region?.version });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && region) return setFailure(t('dir.conflict'));
      const issues = error instanceof ApiError ? ((error.details as { issues?: ApiIssue[] } | undefined)?.issues ?? []) : [];
      if (issues.some((i) => i.code === 'cycle')) return setProblems([{ field: 'parentId', key: 'dir.problem.cycle' }]);
      const { byKey, rest } = contextRefusals(issues, labels, l);
      setRefused(byKey);
      if (byKey.size && !rest.length) return;
      setFailure([(error as Error).message, ...rest.map((i) => `${i.path}: ${i.message}`)].join('；'));
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="region-dialog-title">
      <DialogTitle id="region-dialog-title">{region ? `${t('dir.editRegion')} · ${l(region.name)}` : t('dir.newRegion')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} component="form" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <TextField label={t('dir.id')} value={form.id} onChange={(e) => set({ id: e.target.value })} disabled={!!region} required error={!!problem('id')} helperText={problem('id')} />
          <TextField label={t('dir.name')} value={form.zh} onChange={(e) => set({ zh: e.target.value })} required error={!!problem('zh')} helperText={problem('zh')} />
          <TextField label={t('dir.nameEn')} value={form.en} onChange={(e) => set({ en: e.target.value })} error={!!problem('en')} helperText={problem('en')} />
          <TextField select label={t('dir.level')} value={form.level} onChange={(e) => set({ level: e.target.value as RegionForm['level'] })}>
            {LEVELS.map((v) => (
              <MenuItem key={v} value={v}>{t(`dir.level.${v}`)}</MenuItem>
            ))}
          </TextField>
          <RegionPicker label={t('dir.parent')} regions={parents} value={form.parentId} onChange={(parentId) => set({ parentId })} error={!!problem('parentId')} helperText={problem('parentId')} testId="region-parent" />
          <TextField label={t('dir.regionPopulation')} value={form.fields.population} onChange={(e) => set({ fields: { ...form.fields, population: e.target.value } })} inputProps={{ inputMode: 'decimal' }} error={!!problem('population')} helperText={problem('population')} />
          <ContextField field="county" label={t('dir.regionCounty')} labels={labels} value={form.fields.county} onChange={(county) => set({ fields: { ...form.fields, county } })} error={!!problem('county')} helperText={problem('county')} />
          <TextField label={t('dir.otherContext')} value={form.other} onChange={(e) => set({ other: e.target.value })} multiline minRows={2} error={!!problem('other')} helperText={problem('other')} />
          {failure && <Alert severity="error">{failure}</Alert>}
          <button type="submit" hidden />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('dir.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={save.isPending}>
          {region ? t('dir.save') : t('dir.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
