import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import { useRegions } from '../../directory/api/queries';
import { useExpertSearch, type UserView } from '../../directory/api/users';

/** A picked expert: an account from the directory, or an id typed where there is no directory. */
type Picked = UserView | string;

const usernameOf = (p: Picked) => (typeof p === 'string' ? p : p.username);

/** Waits until typing pauses, so each keystroke is not a request. */
function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The round's assigned experts: an autocomplete over the active expert accounts, found by
 * part of their Chinese name (the server searches, so thousands of accounts stay one small
 * page), each shown with its region. A deployment without the built-in directory has no list:
 * account ids are then typed and added with Enter.
 */
export function ExpertPicker({ value, onChange, errors }: { value: Picked[]; onChange: (next: Picked[]) => void; errors: string[] }) {
  const { t, l } = useI18n();
  const [input, setInput] = useState('');
  const q = useSettled(input.trim());
  const experts = useExpertSearch(q);
  const regions = useRegions();
  const regionName = useMemo(() => new Map((regions.data ?? []).map((r) => [r.id, l(r.name)])), [regions.data, l]);
  const noDirectory = experts.data === null;
  const page = experts.data;
  const hint = errors.length
    ? errors.join(t('common.listSeparator'))
    : noDirectory
      ? t('rounds.expertsNoDirectory')
      : page && page.total > page.items.length
        ? t('rounds.expertsMore', { shown: page.items.length, total: page.total })
        : t('rounds.expertsHint');

  return (
    <Autocomplete<Picked, true, false, true>
      multiple
      freeSolo
      value={value}
      onChange={(_e, next) => onChange(next.map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => usernameOf(p) !== ''))}
      inputValue={input}
      onInputChange={(_e, next) => setInput(next)}
      options={page?.items ?? []}
      // The server has filtered by name already; filtering again here would hide region matches.
      filterOptions={(options) => options}
      getOptionLabel={(p) => (typeof p === 'string' ? p : p.displayName)}
      isOptionEqualToValue={(a, b) => usernameOf(a) === usernameOf(b)}
      loading={experts.isFetching}
      loadingText={t('common.loading')}
      noOptionsText={q ? t('rounds.expertsNone', { q }) : t('rounds.expertsEmpty')}
      renderOption={({ key, ...props }, p) => (
        <Box component="li" key={key} {...props} data-expert={usernameOf(p)}>
          <Box>
            <Typography variant="body2">{typeof p === 'string' ? p : p.displayName}</Typography>
            {typeof p !== 'string' && (
              <Typography variant="caption" color="text.secondary">
                {[p.regionId ? (regionName.get(p.regionId) ?? p.regionId) : t('rounds.expertNoRegion'), p.username].join(' · ')}
              </Typography>
            )}
          </Box>
        </Box>
      )}
      renderValue={(picked, getItemProps) =>
        picked.map((p, index) => {
          const { key, ...chip } = getItemProps({ index });
          return <Chip key={key} size="small" label={typeof p === 'string' ? p : p.displayName} title={usernameOf(p)} data-picked-expert={usernameOf(p)} {...chip} />;
        })
      }
      renderInput={(params) => <TextField {...params} label={t('rounds.experts')} error={errors.length > 0} helperText={hint} />}
    />
  );
}
