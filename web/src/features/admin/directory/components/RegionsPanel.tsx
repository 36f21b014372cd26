import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Pager } from '../../../../components/Pager';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import { useContextLabels } from '../api/use-context-labels';
import type { Region } from '../api/queries';
import { contextLabels, contextText } from '../context-labels';
import { REGION_FIELDS } from '../region-draft';
import { ScrollTable } from '../../components/ScrollTable';
import { RegionDialog } from './RegionDialog';

const PAGE = 50;
const NO_LABELS = contextLabels([]);

/**
 * Regions with the context their checklists read (level, the region above, population, county
 * code, other values), found by name or id; each edited, or a new one made, in one dialog.
 */
export function RegionsPanel({ regions }: { regions: Region[] }) {
  const { t, l } = useI18n();
  const labels = useContextLabels('region').data ?? NO_LABELS;
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Region | 'new' | null>(null);
  const names = useMemo(() => new Map(regions.map((r) => [r.id, l(r.name)])), [regions, l]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return regions.filter((r) => !q || r.id.toLowerCase().includes(q) || r.name.zh.toLowerCase().includes(q) || (r.name.en ?? '').toLowerCase().includes(q));
  }, [regions, query]);
  const label = (key: MessageKey) => `${t(key)}${t('common.colon')}`;
  const context = (r: Region) => (r.context ?? {}) as Record<string, unknown>;
  const others = (r: Region) =>
    Object.entries(context(r))
      .filter(([key]) => !(REGION_FIELDS as readonly string[]).includes(key))
      .map(([key, value]) => `${key}=${contextText(labels, key, value, l)}`)
      .join('；');
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField size="small" type="search" label={t('dir.searchRegions')} value={query} onChange={(e) => { setQuery(e.target.value); setPage(0); }} sx={{ minWidth: 240 }} />
        <Button variant="contained" onClick={() => setEditing('new')} sx={{ ml: { sm: 'auto' }, alignSelf: { xs: 'flex-start', sm: 'center' } }}>{t('dir.newRegion')}</Button>
      </Stack>
      <Typography data-testid="region-count" sx={{ mb: 1 }}>{t('dir.regionCount', { n: shown.length })}</Typography>
      <ScrollTable label={t('dir.regions')} minWidth={860} cards>
        <TableHead>
          <TableRow>
            <TableCell>{t('dir.name')}</TableCell>
            <TableCell>{t('dir.id')}</TableCell>
            <TableCell>{t('dir.level')}</TableCell>
            <TableCell>{t('dir.parent')}</TableCell>
            <TableCell>{t('dir.regionPopulation')}</TableCell>
            <TableCell>{t('dir.regionCounty')}</TableCell>
            <TableCell>{t('dir.otherContextShort')}</TableCell>
            <TableCell>{t('dir.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>{t('dir.regionNone')}</TableCell>
            </TableRow>
          )}
          {shown.slice(page * PAGE, (page + 1) * PAGE).map((r) => (
            <TableRow key={r.id} data-region={r.id}>
              <TableCell sx={{ minWidth: '8em' }} className="card-title">{l(r.name)}</TableCell>
              <TableCell data-label={label('dir.id')}>{r.id}</TableCell>
              <TableCell data-label={label('dir.level')} className="short">{t(`dir.level.${r.level}`)}</TableCell>
              <TableCell data-label={label('dir.parent')}>{r.parentId ? names.get(r.parentId) ?? r.parentId : ''}</TableCell>
              <TableCell data-label={label('dir.regionPopulation')} className="short">{contextText(labels, 'population', context(r).population, l)}</TableCell>
              <TableCell data-label={label('dir.regionCounty')}>{contextText(labels, 'county', context(r).county, l)}</TableCell>
              <TableCell data-label={label('dir.otherContextShort')}>{others(r)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }} className="card-actions">
                <Button size="small" onClick={() => setEditing(r)} aria-label={`${t('dir.edit')} ${l(r.name)}`}>{t('dir.edit')}</Button>
                <Link component={RouterLink} to={`/admin/regions/${encodeURIComponent(r.id)}/history`} aria-label={`${t('dir.history')} ${l(r.name)}`}>{t('dir.history')}</Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      {shown.length > PAGE && <Pager count={shown.length} page={page} rowsPerPage={PAGE} rowsPerPageOptions={[PAGE]} onPageChange={(_, p: number) => setPage(p)} />}
      {editing && <RegionDialog region={editing === 'new' ? undefined : editing} regions={regions} onClose={() => setEditing(null)} />}
    </>
  );
}
