import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import type { Institution, Region } from '../../directory/api/queries';

/** Checkboxes drawn at once: a region of 1,000 institutions is picked with "select all shown", not by scrolling. */
const SHOWN = 200;

const typeOf = (i: Institution) => String((i.context as Record<string, unknown>).institutionType ?? '');

/** Participants picked by region and institution type: filter, then select what is shown, then adjust one by one. */
export function ParticipantPicker({ institutions, regions, selected, onChange }: { institutions: Institution[]; regions: Region[]; selected: Set<string>; onChange(next: Set<string>): void }) {
  const { t, l } = useI18n();
  const [regionId, setRegionId] = useState('');
  const [type, setType] = useState('');
  const types = useMemo(() => [...new Set(institutions.map(typeOf).filter(Boolean))].sort(), [institutions]);
  const shown = institutions.filter((i) => (!regionId || i.regionId === regionId) && (!type || typeOf(i) === type));
  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 1, alignItems: { sm: 'center' } }}>
        <TextField size="small" select label={t('rounds.pickRegion')} value={regionId} onChange={(e) => setRegionId(e.target.value)} sx={{ minWidth: 160 }}>
          <MenuItem value="">{t('dir.allRegions')}</MenuItem>
          {regions.map((r) => (
            <MenuItem key={r.id} value={r.id}>{l(r.name)}</MenuItem>
          ))}
        </TextField>
        <TextField size="small" select label={t('rounds.pickType')} value={type} onChange={(e) => setType(e.target.value)} sx={{ minWidth: 160 }}>
          <MenuItem value="">{t('rounds.allTypes')}</MenuItem>
          {types.map((x) => (
            <MenuItem key={x} value={x}>{x}</MenuItem>
          ))}
        </TextField>
        <Button onClick={() => onChange(new Set([...selected, ...shown.map((i) => i.id)]))}>{t('rounds.selectShown', { n: shown.length })}</Button>
        <Button onClick={() => onChange(new Set())}>{t('rounds.clearAll')}</Button>
      </Stack>
      <Typography data-testid="selected-count">{t('rounds.selected', { n: selected.size })}</Typography>
      <Box sx={{ maxHeight: 260, overflow: 'auto', border: '1px solid', borderColor: 'divider', borderRadius: 1, px: 1 }}>
        {shown.slice(0, SHOWN).map((i) => (
          <FormControlLabel
            key={i.id}
            sx={{ display: 'flex' }}
            control={
              <Checkbox
                size="small"
                checked={selected.has(i.id)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.target.checked) next.add(i.id);
                  else next.delete(i.id);
                  onChange(next);
                }}
              />
            }
            label={`${l(i.name)} (${i.id})`}
          />
        ))}
        {shown.length > SHOWN && <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>{t('rounds.more', { n: shown.length - SHOWN })}</Typography>}
      </Box>
    </Box>
  );
}
