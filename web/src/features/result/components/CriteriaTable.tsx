import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { StatusChip } from '../../../components/StatusChip';
import { useI18n } from '../../../i18n/i18n-context';
import type { ScoreResult } from '../../../lib/engine';
import { downloadEvidence } from '../../evidence/api/upload-evidence';

/** Columns a phone cannot fit beside the title: there they move under it (see {@link PhoneDetails}). */
// Actual and gap are short values with a unit (30张, 差20张): kept whole, not broken between number
// and unit; a target (不低于已开工, yes (required)) and a clause (二(二)7) get room for eight
// characters (plus the cell's padding) and wrap only when longer.
const WIDE = { display: { xs: 'none', sm: 'table-cell' } } as const;
/**
 * A short value (30张, 差20张, 二(二)7) stays on one line; a longer one wraps like any text, so the
 * table still fits a tablet (a minimum width or `keep-all` on every cell pushed it sideways).
 */
const SHORT = 8;
function valueCell(text: string | null | undefined) {
  return text && text.length <= SHORT ? { ...WIDE, whiteSpace: 'nowrap' } : WIDE;
}

/**
 * Every criterion, section by section (a page each in print): status, actual vs target, gap,
 * clause, evidence, and the author's note on it (an expert's on-site observation). On a phone the table keeps two columns (criterion, status) and the rest
 * reads as lines under the title, so nothing is squeezed to a character per line or cut off.
 */
export function CriteriaTable({ result, submissionId, evidence, notes, onlyNotMet }: { result: ScoreResult; submissionId: string; evidence: Record<string, { name: string }[]>; notes?: { label: string; byCriterion: Record<string, string> }; onlyNotMet: boolean }) {
  const { t, l, num } = useI18n();
  const files = (criterionId: string) =>
    (evidence[criterionId] ?? []).map((f, i) => (
      <div key={i}>
        <Link component="button" type="button" className="evidence-file" onClick={() => void downloadEvidence(submissionId, criterionId, i)} sx={{ textAlign: 'start', overflowWrap: 'anywhere' }}>
          {f.name}
        </Link>
      </div>
    ));
  const rows = result.criteria.filter((c) => !onlyNotMet || c.status === 'not-met' || c.status === 'partial' || c.status === 'missing');
  return (
    <>
      {result.sections.map((s) => {
        const own = rows.filter((c) => c.section === s.id);
        if (!own.length) return null;
        return (
          <section key={s.id} className="report-section">
            <Typography variant="subtitle1" component="h3" sx={{ mt: 2, fontWeight: 600 }}>
              {l(s.title)}
              {s.score !== null && ` · ${t('result.sectionRate', { score: num(s.score, 1) })}`}
            </Typography>
            <TableContainer>
              <Table size="small" aria-label={l(s.title)} sx={{ '& th': { whiteSpace: 'nowrap' } }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('result.criterion')}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('result.status')}</TableCell>
                    <TableCell sx={WIDE}>{t('crit.actual')}</TableCell>
                    <TableCell sx={WIDE}>{t('crit.target')}</TableCell>
                    <TableCell sx={WIDE}>{t('crit.gap')}</TableCell>
                    <TableCell sx={WIDE}>{t('crit.clause')}</TableCell>
                    <TableCell sx={WIDE}>{t('crit.evidence')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {own.map((c) => (
                    <TableRow key={c.id} className="criterion-row" data-criterion={c.id} data-status={c.status}>
                      <TableCell sx={{ minWidth: { sm: '10em' } }}>
                        {l(c.title)}
                        {c.veto && (
                          <Typography variant="caption" color="error" component="div">
                            {t('crit.veto')}
                          </Typography>
                        )}
                        {notes?.byCriterion[c.id] && (
                          <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="criterion-note">
                            {notes.label}
                            {t('common.colon')}
                            {notes.byCriterion[c.id]}
                          </Typography>
                        )}
                        <Box className="phone-details" sx={{ display: { xs: 'block', sm: 'none' }, mt: 0.5, color: 'text.secondary', typography: 'caption', overflowWrap: 'anywhere' }}>
                          {c.actual && <div>{`${t('crit.actual')}${t('common.colon')}${l(c.actual.text)}`}</div>}
                          {c.target && <div>{`${t('crit.target')}${t('common.colon')}${l(c.target.text)}`}</div>}
                          {c.gap && <Box sx={{ color: 'error.main' }}>{`${t('crit.gap')}${t('common.colon')}${l(c.gap.text)}`}</Box>}
                          {c.clause && <div>{`${t('crit.clause')}${t('common.colon')}${c.clause}`}</div>}
                          {files(c.id)}
                        </Box>
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <StatusChip status={c.status} final />
                        {c.maxPoints > 0 && (
                          <Typography variant="caption" component="div">
                            {t('result.pointsOf', { points: num(c.points, 1), max: num(c.maxPoints, 1) })}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell sx={valueCell(c.actual && l(c.actual.text))}>{c.actual ? l(c.actual.text) : '—'}</TableCell>
                      <TableCell sx={valueCell(c.target && l(c.target.text))}>{c.target ? l(c.target.text) : '—'}</TableCell>
                      <TableCell sx={valueCell(c.gap && l(c.gap.text))} data-testid="gap">
                        {c.gap ? l(c.gap.text) : '—'}
                      </TableCell>
                      <TableCell sx={valueCell(c.clause)} className="clause">{c.clause}</TableCell>
                      <TableCell sx={WIDE}>{files(c.id)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </section>
        );
      })}
    </>
  );
}
