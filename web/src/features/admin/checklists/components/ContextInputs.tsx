import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useI18n } from '../../../../i18n/i18n-context';
import type { CompiledChecklist } from '../../../../lib/engine';

export type SampleContext = Record<string, string | number>;

const ROUNDS = [
  { value: 'baseline', label: { zh: '基线', en: 'Baseline' } },
  { value: 'annual', label: { zh: '年度', en: 'Annual' } },
  { value: 'final', label: { zh: '终期', en: 'Final' } },
];

/** The dry run's context: `year`, `round` and each context field the definition declares, by kind. */
export function ContextInputs({ compiled, value, onChange }: { compiled: CompiledChecklist; value: SampleContext; onChange(next: SampleContext): void }) {
  const { t, l } = useI18n();
  const set = (id: string, v: string | number | undefined) => {
    const next = { ...value };
    if (v === undefined || v === '') delete next[id];
    else next[id] = v;
    onChange(next);
  };
  const select = (id: string, label: string, options: { value: string; label: { zh: string; en?: string } }[]) => (
    <TextField key={id} select size="small" label={label} value={value[id] ?? ''} onChange={(e) => set(id, e.target.value)} sx={{ minWidth: 160 }}>
      <MenuItem value="">—</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {l(o.label)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 2, my: 1 }}>
      <TextField size="small" type="number" label={t('rounds.year')} value={value.year ?? ''} onChange={(e) => set('year', e.target.value === '' ? undefined : Number(e.target.value))} sx={{ width: 120 }} />
      {/* The two built-in fields by their names in words, as the round form shows them, not their keys. */}
      {select('round', t('rounds.kind'), ROUNDS)}
      {compiled.definition.context.map((f) => {
        const label = l(f.label);
        if (f.kind === 'enum') return select(f.id, label, f.options ?? []);
        if (f.kind === 'scale') return select(f.id, label, compiled.scales.get(f.scale ?? '')?.levels ?? []);
        const number = f.kind === 'number';
        return (
          <TextField key={f.id} size="small" type={number ? 'number' : 'text'} label={label} value={value[f.id] ?? ''} onChange={(e) => set(f.id, number && e.target.value !== '' ? Number(e.target.value) : e.target.value)} sx={{ minWidth: 160 }} />
        );
      })}
    </Stack>
  );
}
