import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import type { Institution, Region } from '../../directory/api/queries';
import { useContextLabels } from '../../directory/api/use-context-labels';
import { contextLabels, contextText } from '../../directory/context-labels';
import { fitsChecklist, type Requirement } from '../checklist-fit';
import { filterCandidates, institutionCandidates, regionCandidates, regionTreeOrder } from '../participant-filter';

/** Checkboxes drawn at once: a region of 1,000 institutions is picked with "select all shown", not by scrolling. */
const SHOWN = 200;
const NO_LABELS = contextLabels([]);

export interface ParticipantPickerProps {
  /** What the chosen checklist evaluates: institutions, or regions (`subject: region`). */
  kind: 'institution' | 'region';
  institutions: Institution[];
  regions: Region[];
  selected: Set<string>;
  onChange(next: Set<string>): void;
  /** What the chosen checklist asks of a participant's context (`requirementsOf`): by default only those that fit are listed. */
  requirements?: Requirement[];
  /** What the API refused about the participants, shown under the list. */
  errors?: string[];
}

/**
 * Participants picked by region (a region includes the regions below it) and by institution type
 * or region level, narrowed by a search: filter, select all that is shown, then adjust one by one.
 */
export function ParticipantPicker({ kind, institutions, regions, selected, onChange, requirements = [], errors = [] }: ParticipantPickerProps) {
  const { t, l } = useI18n();
  const [regionId, setRegionId] = useState('');
  const [type, setType] = useState('');
  const [search, setSearch] = useState('');
  const [showAll, setShowAll] = useState(false);
  // What the last "select all shown" did, said until the selection changes otherwise.
  const [added, setAdded] = useState<{ n: number; k: number } | null>(null);
  // Institution types read as the checklists label them (县级综合医院, not county-general).
  const labels = useContextLabels().data ?? NO_LABELS;
  const everyone = useMemo(() => (kind === 'region' ? regionCandidates(regions) : institutionCandidates(institutions)), [kind, institutions, regions]);
  // The checklist's own context decides who it can apply to; "show all" is for a directory not yet filled in.
  const fitting = useMemo(() => everyone.filter((c) => fitsChecklist(requirements, c.context)), [everyone, requirements]);
  const hidden = everyone.length - fitting.length;
  const candidates = showAll ? everyone : fitting;
  const tree = useMemo(() => regionTreeOrder(regions), [regions]);
  const typeLabel = (x: string) => (kind === 'region' ? t(`dir.level.${x}` as MessageKey) : contextText(labels, 'institutionType', x, l));
  const types = [...new Set(candidates.map((c) => c.type).filter(Boolean))].map((x) => ({ value: x, label: typeLabel(x) })).sort((a, b) => a.label.localeCompare(b.label, 'zh'));
  // A type no longer offered (after "show all" is turned off) filters nothing, as the select then shows.
  const activeType = types.some((x) => x.value === type) ? type : '';
  const shown = useMemo(() => filterCandidates(candidates, regions, { regionId, type: activeType, search }), [candidates, regions, regionId, activeType, search]);
  // Picked earlier under another filter (or "show all"): still in the round, though not listed now.
  const selectedHidden = selected.size - shown.filter((c) => selected.has(c.id)).length;
  const change = (next: Set<string>) => {
    setAdded(null);
    onChange(next);
  };
  const selectShown = () => {
    const fresh = shown.filter((c) => !selected.has(c.id));
    onChange(new Set([...selected, ...fresh.map((c) => c.id)]));
    setAdded({ n: fresh.length, k: shown.length - fresh.length });
  };
  const errorId = 'participants-error';
  return (
    <Box data-testid="participant-picker" data-kind={kind}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 1, alignItems: { sm: 'center' }, flexWrap: 'wrap', rowGap: 1 }}>
        <TextField size="small" select label={t('rounds.pickRegion')} value={regionId} onChange={(e) => setRegionId(e.target.value)} sx={{ minWidth: 180 }}>
          <MenuItem value="">{t('dir.allRegions')}</MenuItem>
          {tree.map(({ region, depth }) => (
            <MenuItem key={region.id} value={region.id} sx={{ pl: 2 + depth * 2 }}>
              {l(region.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" select label={t(kind === 'region' ? 'rounds.pickLevel' : 'rounds.pickType')} value={activeType} onChange={(e) => setType(e.target.value)} sx={{ minWidth: 160 }}>
          <MenuItem value="">{t(kind === 'region' ? 'rounds.allLevels' : 'rounds.allTypes')}</MenuItem>
          {types.map((x) => (
            <MenuItem key={x.value} value={x.value} data-type={x.value}>{x.label}</MenuItem>
          ))}
        </TextField>
        <TextField size="small" type="search" label={t('rounds.search')} value={search} onChange={(e) => setSearch(e.target.value)} sx={{ minWidth: 180 }} />
        <Button onClick={selectShown} disabled={!shown.length}>
          {t('rounds.selectShown', { n: shown.length })}
        </Button>
        <Button onClick={() => change(new Set())} disabled={!selected.size}>
          {t('rounds.clearAll')}
        </Button>
      </Stack>
      {(hidden > 0 || showAll) && (
        <FormControlLabel
          data-testid="show-all-participants"
          control={<Checkbox size="small" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />}
          label={t(kind === 'region' ? 'rounds.showAllRegions' : 'rounds.showAll', { n: hidden })}
        />
      )}
      <Box aria-live="polite" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1 }}>
        <Typography data-testid="selected-count">
          {t(kind === 'region' ? 'rounds.selectedRegions' : 'rounds.selected', { n: selected.size })}
        </Typography>
        {added && <Typography data-testid="added-count" color="text.secondary">{t('rounds.addedShown', added)}</Typography>}
        {selectedHidden > 0 && <Typography data-testid="selected-hidden" color="text.secondary">{t('rounds.selectedHidden', { k: selectedHidden })}</Typography>}
      </Box>
      <Box
        role="group"
        aria-label={t(kind === 'region' ? 'rounds.participantsRegions' : 'rounds.participants')}
        aria-describedby={errors.length ? errorId : undefined}
        sx={{ maxHeight: 260, overflow: 'auto', border: '1px solid', borderColor: errors.length ? 'error.main' : 'divider', borderRadius: 1, px: 1 }}
        tabIndex={0}
      >
        {shown.slice(0, SHOWN).map((c) => (
          <FormControlLabel
            key={c.id}
            sx={{ display: 'flex' }}
            data-participant={c.id}
            control={
              <Checkbox
                size="small"
                checked={selected.has(c.id)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.target.checked) next.add(c.id);
                  else next.delete(c.id);
                  change(next);
                }}
              />
            }
            label={`${l(c.name)} (${c.id})`}
          />
        ))}
        {!shown.length && <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>{t('rounds.noneShown')}</Typography>}
        {shown.length > SHOWN && (
          <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
            {t(kind === 'region' ? 'rounds.moreRegions' : 'rounds.more', { n: shown.length - SHOWN })}
          </Typography>
        )}
      </Box>
      {errors.length > 0 && (
        <FormHelperText error id={errorId} data-testid="participants-error" role="alert">
          {errors.join('；')}
        </FormHelperText>
      )}
    </Box>
  );
}
