import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { OfflineNote } from '../../../../components/OfflineNote';
import { Pager } from '../../../../components/Pager';
import type { MessageKey } from '../../../../i18n/messages';
import { useI18n } from '../../../../i18n/i18n-context';
import { useInstitutions, useRegions, type Institution } from '../api/queries';
import { useContextLabels } from '../api/use-context-labels';
import { contextLabels, contextText } from '../context-labels';
import { ImportDialog } from './ImportDialog';
import { InstitutionDialog } from './InstitutionDialog';
import { RegionsPanel } from './RegionsPanel';
import { ScrollTable } from '../../components/ScrollTable';

const PAGE = 50;
const NO_LABELS = contextLabels([]);

/** `/admin/directory`: institutions (search, region filter, create, edit, import) and regions. */
export function DirectoryPage() {
  const { t, l } = useI18n();
  const regions = useRegions();
  const institutions = useInstitutions();
  // Codes read as the checklists label them; until the labels load (or where none defines a code) the code shows.
  const labels = useContextLabels().data ?? NO_LABELS;
  const [tab, setTab] = useState(0);
  const [query, setQuery] = useState('');
  const [regionId, setRegionId] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Institution | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const regionName = useMemo(() => new Map((regions.data ?? []).map((r) => [r.id, l(r.name)])), [regions.data, l]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (institutions.data ?? []).filter(
      (i) => (!regionId || i.regionId === regionId) && (!q || i.id.toLowerCase().includes(q) || i.name.zh.toLowerCase().includes(q) || (i.name.en ?? '').toLowerCase().includes(q)),
    );
  }, [institutions.data, query, regionId]);
  if (!regions.data || !institutions.data) return <PageState query={[regions, institutions]} />;
  /** A column's name as a card on a phone shows it before the cell: `编号：`. */
  const label = (key: MessageKey) => `${t(key)}${t('common.colon')}`;
  const ctx = (i: Institution, key: string) => contextText(labels, key, (i.context as Record<string, unknown>)[key], l);

  return (
    <>
      <OfflineNote />
      <Typography variant="h4" component="h1" gutterBottom>
        {t('dir.title')}
      </Typography>
      <Tabs value={tab} onChange={(_, v: number) => setTab(v)} sx={{ mb: 2 }}>
        <Tab label={t('dir.institutions')} />
        <Tab label={t('dir.regions')} />
      </Tabs>
      {tab === 1 ? (
        <RegionsPanel regions={regions.data} />
      ) : (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
            <TextField size="small" label={t('dir.search')} value={query} onChange={(e) => { setQuery(e.target.value); setPage(0); }} sx={{ minWidth: 240 }} />
            <TextField size="small" select label={t('dir.region')} value={regionId} onChange={(e) => { setRegionId(e.target.value); setPage(0); }} sx={{ minWidth: 160 }}>
              <MenuItem value="">{t('dir.allRegions')}</MenuItem>
              {regions.data.map((r) => (
                <MenuItem key={r.id} value={r.id}>{l(r.name)}</MenuItem>
              ))}
            </TextField>
            <Stack direction="row" spacing={1} sx={{ ml: { sm: 'auto' } }}>
              <Button variant="contained" onClick={() => setEditing('new')}>{t('dir.new')}</Button>
              <Button variant="outlined" onClick={() => setImporting(true)}>{t('dir.import')}</Button>
            </Stack>
          </Stack>
          <Typography data-testid="institution-count" sx={{ mb: 1 }}>{t('dir.count', { n: shown.length })}</Typography>
          <ScrollTable label={t('dir.institutions')} minWidth={860} cards>
              <TableHead>
                <TableRow>
                  <TableCell>{t('dir.name')}</TableCell>
                  <TableCell>{t('dir.id')}</TableCell>
                  <TableCell>{t('dir.region')}</TableCell>
                  <TableCell>{t('dir.type')}</TableCell>
                  <TableCell>{t('dir.grade')}</TableCell>
                  <TableCell>{t('dir.county')}</TableCell>
                  <TableCell>{t('dir.population')}</TableCell>
                  <TableCell>{t('dir.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={8}>{t('dir.none')}</TableCell>
                  </TableRow>
                )}
                {shown.slice(page * PAGE, (page + 1) * PAGE).map((i) => (
                  <TableRow key={i.id} data-institution={i.id}>
                    <TableCell sx={{ minWidth: '9em' }} className="card-title">{l(i.name)}</TableCell>
                    <TableCell data-label={label('dir.id')}>{i.id}</TableCell>
                    <TableCell data-label={label('dir.region')}>{regionName.get(i.regionId) ?? i.regionId}</TableCell>
                    <TableCell data-label={label('dir.type')}>{ctx(i, 'institutionType')}</TableCell>
                    <TableCell data-label={label('dir.grade')}>{ctx(i, 'grade')}</TableCell>
                    <TableCell data-label={label('dir.county')}>{ctx(i, 'county')}</TableCell>
                    <TableCell data-label={label('dir.population')}>{ctx(i, 'population')}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }} className="card-actions">
                      <Button size="small" onClick={() => setEditing(i)} aria-label={`${t('dir.edit')} ${l(i.name)}`}>{t('dir.edit')}</Button>
                      <Link component={RouterLink} to={`/admin/institutions/${encodeURIComponent(i.id)}/history`}>{t('dir.history')}</Link>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
          </ScrollTable>
          {shown.length > PAGE && (
            <Pager count={shown.length} page={page} rowsPerPage={PAGE} rowsPerPageOptions={[PAGE]} onPageChange={(_, p: number) => setPage(p)} />
          )}
        </>
      )}
      {editing && <InstitutionDialog institution={editing === 'new' ? undefined : editing} regions={regions.data} onClose={() => setEditing(null)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </>
  );
}
