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

/** Every criterion, section by section (a page each in print): status, actual vs target, gap, clause, evidence. */
export function CriteriaTable({ result, submissionId, evidence, onlyNotMet }: { result: ScoreResult; submissionId: string; evidence: Record<string, { name: string }[]>; onlyNotMet: boolean }) {
  const { t, l, num } = useI18n();
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
              {s.score !== null && ` · ${num(s.score, 1)}`}
            </Typography>
            <TableContainer>
              <Table size="small" aria-label={l(s.title)}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('result.criterion')}</TableCell>
                    <TableCell>{t('result.status')}</TableCell>
                    <TableCell>{t('crit.actual')}</TableCell>
                    <TableCell>{t('crit.target')}</TableCell>
                    <TableCell>{t('crit.gap')}</TableCell>
                    <TableCell>{t('crit.clause')}</TableCell>
                    <TableCell>{t('crit.evidence')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {own.map((c) => (
                    <TableRow key={c.id} className="criterion-row" data-criterion={c.id} data-status={c.status}>
                      <TableCell>
                        {l(c.title)}
                        {c.veto && (
                          <Typography variant="caption" color="error" component="div">
                            {t('crit.veto')}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>
                        <StatusChip status={c.status} />
                        {c.maxPoints > 0 && (
                          <Typography variant="caption" component="div">
                            {num(c.points, 1)}/{num(c.maxPoints, 1)}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>{c.actual ? l(c.actual.text) : '—'}</TableCell>
                      <TableCell>{c.target ? l(c.target.text) : '—'}</TableCell>
                      <TableCell data-testid="gap">{c.gap ? l(c.gap.text) : '—'}</TableCell>
                      <TableCell>{c.clause}</TableCell>
                      <TableCell>
                        {(evidence[c.id] ?? []).map((f, i) => (
                          <div key={i}>
                            <Link component="button" type="button" onClick={() => void downloadEvidence(submissionId, c.id, i)}>
                              {f.name}
                            </Link>
                          </div>
                        ))}
                      </TableCell>
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
