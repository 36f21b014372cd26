import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { OfflineNote } from '../../../../components/OfflineNote';
import { useI18n } from '../../../../i18n/i18n-context';
import { useAuthedFetch } from '../api/files';
import { useRoundDashboard } from '../api/queries';
import { ADMIN_LINKS, OVERSEER_LINKS } from '../dashboard-links';
import { bandCounts, filterRows, notMetRanking, sortRows, type SortKey } from '../dashboard-model';
import { readDashboardView, writeDashboardView, type DashboardView } from '../dashboard-query';
import { createLatch } from '../paint-latch';
import { BandBars } from './BandBars';
import { GapSection } from './GapSection';
import { HeatmapSection } from './HeatmapSection';
import { NotMetList } from './NotMetList';
import { RankingTable } from './RankingTable';
import { useContextLabels } from '../../directory/api/use-context-labels';
import { contextLabels, contextText } from '../../directory/context-labels';

const NO_LABELS = contextLabels([]);
/** Criteria listed under 最常未达标: the ten most often missed. */
const NOT_MET_SHOWN = 10;

/**
 * `/admin/rounds/:id/dashboard`: ranking, bands, heat map, criteria not met, self vs expert; filter,
 * export, print. `overseen`: a commission's read-only view of the same page
 * (`/oversee/rounds/:id/dashboard`): the API sends only its region's institutions, and the page
 * links to their results and histories on the commission's routes, not to audit trails.
 */
export function DashboardPage({ overseen = false }: { overseen?: boolean } = {}) {
  const { id } = useParams();
  const links = overseen ? OVERSEER_LINKS : ADMIN_LINKS;
  const { t, l, lang } = useI18n();
  const navigate = useNavigate();
  const files = useAuthedFetch();
  const dashboard = useRoundDashboard(id);
  // Types read as the checklists label them (综合医院, not "general"); the code until the labels load.
  const typeLabels = useContextLabels().data ?? NO_LABELS;
  const [exportError, setExportError] = useState<string | null>(null);
  const d = dashboard.data;
  const regions = useMemo(() => [...new Map((d?.rows ?? []).filter((r) => r.region).map((r) => [r.region!.id, r.region!.name])).entries()], [d]);
  const types = useMemo(() => [...new Set((d?.rows ?? []).map((r) => r.institutionType).filter((x): x is string => !!x))].sort(), [d]);
  // The filters and the sort live in the address: a link or a reload shows the same view, Back the one before.
  const [params, setParams] = useSearchParams();
  const view = useMemo(
    () => readDashboardView(params, { regionIds: new Set(['', ...regions.map(([rid]) => rid)]), types: new Set(['', ...types]), sections: d?.sections.length ?? 0 }),
    [params, regions, types, d],
  );
  const { regionId, institutionType, sort } = view;
  const setView = useCallback((change: Partial<DashboardView>) => setParams((now) => writeDashboardView(now, { ...view, ...change })), [setParams, view]);
  const setSort = useCallback((next: { key: SortKey; ascending: boolean }) => setView({ sort: next }), [setView]);
  const shown = useMemo(() => (d ? sortRows(filterRows(d.rows, { regionId, institutionType }), sort.key, sort.ascending) : []), [d, regionId, institutionType, sort]);
  // Opens once the heat map's first window is on screen; the gap table waits for it.
  const [heatmapDrawn] = useState(createLatch);
  const openResult = useCallback((submissionId: string) => navigate(links.result(submissionId)), [navigate, links]);
  if (!d) return <PageState query={dashboard} />;

  const query = new URLSearchParams({ lang, ...(regionId ? { regionId } : {}), ...(institutionType ? { institutionType } : {}) });
  return (
    <Box className="dashboard-page">
      <OfflineNote />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 1 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h4" component="h1">
            {t('dash.title')} · {l(d.round.name)}
          </Typography>
          <Typography color="text.secondary">
            {d.round.year} · {t(`rounds.kind.${d.round.type}`)} · {l(d.checklistTitle)} v{d.round.checklistVersion}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} className="no-print" sx={{ flexShrink: 0, '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
          <Button variant="outlined" onClick={() => files.download(`/api/rounds/${encodeURIComponent(d.round.id)}/dashboard/export?${query}`, `round-${d.round.id}-dashboard.xlsx`).catch((e: Error) => setExportError(e.message))}>
            {t('dash.export')}
          </Button>
          <Button variant="outlined" onClick={() => window.print()}>{t('dash.print')}</Button>
        </Stack>
      </Stack>
      {overseen && <Alert severity="info" sx={{ my: 1 }} data-testid="overseen-note">{t('dash.overseenNote')}</Alert>}
      {exportError && <Alert severity="error">{exportError}</Alert>}
      {d.checklistVersions.length > 1 && <Alert severity="warning" sx={{ my: 1 }}>{t('dash.mixed', { versions: d.checklistVersions.map((v) => `v${v}`).join('、') })}</Alert>}

      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ my: 2, alignItems: { sm: 'center' } }} className="no-print" aria-label={t('dash.filters')} role="group">
        <TextField size="small" select label={t('dir.region')} value={regionId} onChange={(e) => setView({ regionId: e.target.value })} sx={{ minWidth: 160 }}>
          <MenuItem value="">{t('dir.allRegions')}</MenuItem>
          {regions.map(([rid, name]) => (
            <MenuItem key={rid} value={rid}>{l(name)}</MenuItem>
          ))}
        </TextField>
        <TextField size="small" select label={t('dir.type')} value={institutionType} onChange={(e) => setView({ institutionType: e.target.value })} sx={{ minWidth: 160 }}>
          <MenuItem value="">{t('rounds.allTypes')}</MenuItem>
          {types.map((x) => (
            <MenuItem key={x} value={x}>{contextText(typeLabels, 'institutionType', x, l)}</MenuItem>
          ))}
        </TextField>
        <TextField size="small" select label={t('dash.sortBy')} value={sort.key} onChange={(e) => setSort({ key: e.target.value as SortKey, ascending: false })} sx={{ minWidth: 200 }}>
          <MenuItem value="total">{t('dash.total')}</MenuItem>
          {d.sections.map((s, i) => (
            <MenuItem key={s.id} value={`section:${i}`}>{l(s.title)}</MenuItem>
          ))}
          <MenuItem value="expert">{t('dash.expertTotal')}</MenuItem>
          <MenuItem value="gap">{t('dash.gap')}</MenuItem>
        </TextField>
        <Typography data-testid="dashboard-shown">{t('dash.shown', { n: shown.length, total: d.rows.length })}</Typography>
        {regionId && (
          <Link component={RouterLink} to={links.regionHistory(regionId)} data-testid="region-history-link">{t('dash.regionHistory')}</Link>
        )}
      </Stack>

      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <Paper variant="outlined" sx={{ p: 2, flex: 1 }}>
          <Typography variant="h6" component="h2">{t('dash.bands')}</Typography>
          <BandBars counts={bandCounts(shown, d.bands)} />
        </Paper>
        <Paper variant="outlined" sx={{ p: 2, flex: 2 }}>
          <Typography variant="h6" component="h2">{t('dash.notMet')}</Typography>
          <NotMetList items={notMetRanking(shown, d.criteria).slice(0, NOT_MET_SHOWN)} scored={shown.filter((r) => r.self).length} />
        </Paper>
      </Stack>

      <Paper variant="outlined" sx={{ p: 2, mb: 2 }} className="report-block">
        <Typography variant="h6" component="h2">{t('dash.ranking')}</Typography>
        <RankingTable dashboard={d} rows={shown} sort={sort} onSort={setSort} links={links} />
      </Paper>

      <HeatmapSection dashboard={d} rows={shown} onOpen={openResult} drawn={heatmapDrawn} />
      <GapSection rows={shown} drawn={heatmapDrawn} links={links} />
    </Box>
  );
}

/** `/oversee/rounds/:id/dashboard`: a commission's read-only dashboard of a round it oversees. */
export function OverseenDashboardPage() {
  return <DashboardPage overseen />;
}
