import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { PageState } from '../../../components/PageState';
import { useI18n } from '../../../i18n/i18n-context';
import type { MessageKey } from '../../../i18n/messages';
import type { UseQueryResult } from '@tanstack/react-query';
import type { OverseenRound as Overseen } from '../api/queries';
import { overseenRows, type OverseenSide } from '../overseen-rows';

/**
 * A commission's home, below its own region's evaluation: every round with institutions (or
 * regions) it oversees, each one's self-evaluation and expert evaluation, read-only, with the
 * way to a scored result and, for a round of institutions, to its dashboard (its part of it).
 * All rounds come in one reply (`/api/oversee/rounds`), read by the home as it starts.
 */
export function OverseenRounds({ overseen, ownRegionId }: { overseen: UseQueryResult<Overseen[]>; ownRegionId: string | undefined }) {
  const { t } = useI18n();
  const rounds = overseen.data;
  return (
    <Box component="section" aria-labelledby="overseen-heading" sx={{ mt: 4 }} data-testid="overseen">
      <Typography variant="h6" component="h2" id="overseen-heading">
        {t('oversee.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('oversee.intro')}
      </Typography>
      {!rounds ? (
        <PageState query={overseen} />
      ) : rounds.length === 0 ? (
        <Typography color="text.secondary">{t('oversee.none')}</Typography>
      ) : (
        rounds.map((r) => <OverseenRound key={r.round.id} item={r} ownRegionId={ownRegionId} />)
      )}
    </Box>
  );
}

const HEAD = { whiteSpace: { sm: 'nowrap' } } as const;

/**
 * Between the parts of a line (score · band · veto hits; name · year · state): a no-break space
 * after the dot keeps it with the part it introduces, so a narrow phone wraps before the dot and
 * never leaves a line ending in " ·".
 */
const SEP = ' ·\u00a0';

function OverseenRound({ item, ownRegionId }: { item: Overseen; ownRegionId: string | undefined }) {
  const { t, l } = useI18n();
  const { round } = item;
  const headingId = `overseen-${round.id}`;
  const rows = overseenRows(item, ownRegionId);
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }} data-round={round.id}>
      <Typography variant="subtitle1" component="h3" id={headingId} sx={{ fontWeight: 600, mt: 2 }}>
        {l(round.name)}
        <Typography component="span" variant="body2" color="text.secondary">
          {SEP}
          {round.year}
          {SEP}
          {t(round.status === 'open' ? 'oversee.open' : 'oversee.closed')}
        </Typography>
      </Typography>
      {/* The round's dashboard (ranking, heat map, gaps) compares institutions; a region round has none to compare. */}
      {item.participants === 'institution' && rows.length > 0 && (
        <Button size="small" variant="outlined" component={RouterLink} to={`/oversee/rounds/${encodeURIComponent(round.id)}/dashboard`} aria-label={t('oversee.dashboardOf', { name: l(round.name) })} data-testid="overseen-dashboard" sx={{ minHeight: 44, mb: 1 }}>
          {t('oversee.dashboard')}
        </Button>
      )}
      {rows.length === 0 ? (
        <Alert severity="info">{t('oversee.noRows')}</Alert>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                <TableCell>{t(item.participants === 'region' ? 'oversee.region' : 'oversee.institution')}</TableCell>
                {/* On a phone the headers wrap (Expert / evaluation): kept on one line, they pushed the expert column past the screen's edge. */}
                <TableCell sx={HEAD}>{t('oversee.self')}</TableCell>
                <TableCell sx={HEAD}>{t('oversee.expert')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} data-participant={row.id}>
                  <TableCell sx={{ minWidth: '7em' }}>{l(row.name)}</TableCell>
                  <TableCell data-testid="overseen-self">
                    <Standing side={row.self} name={l(row.name)} />
                  </TableCell>
                  <TableCell data-testid="overseen-expert">
                    <Standing side={row.expert} name={l(row.name)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}

/** A score with its band and a link to the result, once scored; the status in words before. */
function Standing({ side, name }: { side: OverseenSide | null; name: string }) {
  const { t, l, num } = useI18n();
  if (!side || side.total === null) return <>{t((side ? `status.${side.status}` : 'oversee.notHandedIn') as MessageKey)}</>;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1 }}>
      <span>
        {num(side.total, 1)}
        {side.band && `${SEP}${l(side.band)}`}
        {side.vetoHits > 0 && `${SEP}${t('oversee.vetoHits', { n: side.vetoHits })}`}
      </span>
      <Button size="small" component={RouterLink} to={`/inst/result/${encodeURIComponent(side.submissionId)}`} aria-label={t('oversee.viewOf', { name })} sx={{ minHeight: 44, whiteSpace: 'nowrap' }}>
        {t('home.view')}
      </Button>
    </Box>
  );
}
