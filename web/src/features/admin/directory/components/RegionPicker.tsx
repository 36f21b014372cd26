import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import type { Region } from '../api/queries';

// Typed text finds a region by its Chinese or English name or by its id.
const filter = createFilterOptions<Region>({ stringify: (r) => `${r.name.zh} ${r.name.en ?? ''} ${r.id}` });

/**
 * One region picked by typing part of its name (a directory may hold hundreds): each choice shows
 * its name, then its level, the region above it and its id, so two counties of one name differ.
 */
export function RegionPicker({ label, regions, value, onChange, required, error, helperText, testId }: {
  label: string;
  regions: readonly Region[];
  /** The picked region's id, '' for none. */
  value: string;
  onChange(id: string): void;
  required?: boolean;
  error?: boolean;
  helperText?: string;
  testId?: string;
}) {
  const { t, l } = useI18n();
  const byId = useMemo(() => new Map(regions.map((r) => [r.id, r])), [regions]);
  return (
    <Autocomplete<Region>
      options={regions as Region[]}
      value={byId.get(value) ?? null}
      onChange={(_e, next) => onChange(next?.id ?? '')}
      filterOptions={filter}
      getOptionLabel={(r) => l(r.name)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('dir.noRegionMatch')}
      data-testid={testId}
      renderOption={({ key, ...props }, r) => {
        const parent = r.parentId ? byId.get(r.parentId) : undefined;
        return (
          <Box component="li" key={key} {...props} data-region={r.id}>
            <Box>
              <Typography variant="body2">{l(r.name)}</Typography>
              <Typography variant="caption" color="text.secondary">
                {[t(`dir.level.${r.level}`), parent ? l(parent.name) : null, r.id].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
          </Box>
        );
      }}
      renderInput={(params) => <TextField {...params} label={label} required={required} error={error} helperText={helperText} />}
    />
  );
}
