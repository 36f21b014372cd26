import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import { compile, type ChecklistDefinition } from '../../../../lib/engine';
import { useAllVersions, useVersion } from '../api/queries';
import { diffDefinitions, type DefinitionChange } from '../definition-diff';
import { diffText, type DiffText } from '../diff-text';

/** Old and new values have columns of their own from `sm` up; on a phone they read under the item. */
const WIDE = { display: { xs: 'none', sm: 'table-cell' } } as const;

/** `/admin/checklists/:id/diff?from=1&to=2`: what changed between two versions, in words. */
export function DiffPage() {
  const { id = '' } = useParams();
  const { t, l } = useI18n();
  const [params, setParams] = useSearchParams();
  const all = useAllVersions();
  const versions = useMemo(() => (all.data ?? []).filter((v) => v.id === id).sort((a, b) => a.version - b.version), [all.data, id]);
  const to = Number(params.get('to') ?? versions.at(-1)?.version ?? 0) || undefined;
  const from = Number(params.get('from') ?? versions.at(-2)?.version ?? 0) || undefined;
  const a = useVersion(id, from);
  const b = useVersion(id, to);
  const changes = useMemo(() => {
    if (!a.data || !b.data) return undefined;
    return diffDefinitions(compile(a.data.definition as unknown as ChecklistDefinition), compile(b.data.definition as unknown as ChecklistDefinition));
  }, [a.data, b.data]);
  // One version (or an unknown id) has nothing to compare: say so rather than load forever.
  if (all.data && (from === undefined || to === undefined)) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>{t('cl.compare')}</Typography>
        <Alert severity="info" data-testid="diff-single">{t(versions.length ? 'cl.diffSingle' : 'cl.diffUnknown', { id })}</Alert>
        <Button component={RouterLink} to="/admin/checklists" sx={{ mt: 2 }}>{t('cl.title')}</Button>
      </>
    );
  }
  if (!all.data || !changes) return <PageState query={[all, a, b]} />;

  const pick = (key: 'from' | 'to', value: string) => setParams((p) => (p.set(key, value), p), { replace: true });
  const item = (c: DefinitionChange) => ('path' in c ? `${c.title} (${c.path})` : `${l(c.title)} (${c.id})`);
  // A move reads as where the section was and where it is; an added or removed criterion shows
  // what it asks on the side where it exists.
  const say = (x: DiffText) => diffText(x, { t, l });
  const before = (c: DefinitionChange) =>
    c.kind === 'criterion-changed' || c.kind === 'checklist-changed' ? say(c.before) : c.kind === 'section-moved' ? t('cl.diff.position', { n: c.from }) : c.kind === 'criterion-removed' ? say(c.summary) : '';
  const after = (c: DefinitionChange) =>
    c.kind === 'criterion-changed' || c.kind === 'checklist-changed' ? say(c.after) : c.kind === 'section-moved' ? t('cl.diff.position', { n: c.to }) : c.kind === 'criterion-added' ? say(c.summary) : '';
  const what = (c: DefinitionChange) => t(`cl.diff.${c.kind}` as MessageKey) + (c.kind === 'criterion-changed' || c.kind === 'checklist-changed' ? ` · ${t(`cl.aspect.${c.aspect}` as MessageKey)}` : '');

  return (
    <>
      <Typography variant="h4" component="h1">
        {t('cl.diffTitle', { title: l(b.data!.title) })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, my: 2 }}>
        {(['from', 'to'] as const).map((key) => (
          <TextField key={key} select size="small" label={t(key === 'from' ? 'cl.diffFrom' : 'cl.diffTo')} value={String(key === 'from' ? from : to)} onChange={(e) => pick(key, e.target.value)} sx={{ minWidth: 140 }}>
            {versions.map((v) => (
              <MenuItem key={v.version} value={String(v.version)}>
                v{v.version} · {t(`cl.status.${v.status}`)}
              </MenuItem>
            ))}
          </TextField>
        ))}
      </Box>
      <Typography sx={{ my: 1 }} data-testid="diff-count">
        {changes.length ? t('cl.diffCount', { count: changes.length }) : t('cl.diffNone')}
      </Typography>
      {changes.length > 0 && (
        // On a phone the old and new values read as lines under the item (as the result page's
        // table does), so the change is seen without scrolling sideways; the box scrolls if it must.
        <TableContainer>
        <Table size="small" aria-label={t('cl.diffTitle', { title: l(b.data!.title) })} data-testid="diff" sx={{ '& td': { verticalAlign: 'top' }, '& td:first-of-type': { minWidth: '6em' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('cl.change')}</TableCell>
              <TableCell>{t('cl.item')}</TableCell>
              <TableCell sx={WIDE}>{t('cl.before')}</TableCell>
              <TableCell sx={WIDE}>{t('cl.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((c, i) => (
              <TableRow key={i} className="diff-row" data-kind={c.kind} data-aspect={'aspect' in c ? c.aspect : undefined}>
                <TableCell>{what(c)}</TableCell>
                <TableCell>
                  {item(c)}
                  <Box className="phone-details" sx={{ display: { xs: 'block', sm: 'none' }, mt: 0.5, typography: 'caption' }}>
                    {before(c) && <Box sx={{ color: 'error.dark' }}>{t('cl.before')}{t('common.colon')}{before(c)}</Box>}
                    {after(c) && <Box sx={{ color: 'success.dark' }}>{t('cl.after')}{t('common.colon')}{after(c)}</Box>}
                  </Box>
                </TableCell>
                <TableCell sx={{ ...WIDE, color: 'error.dark' }}>{before(c)}</TableCell>
                <TableCell sx={{ ...WIDE, color: 'success.dark' }}>{after(c)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        </TableContainer>
      )}
    </>
  );
}
