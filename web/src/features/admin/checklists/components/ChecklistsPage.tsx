import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { PageState } from '../../../../components/PageState';
import { OfflineNote } from '../../../../components/OfflineNote';
import { useI18n } from '../../../../i18n/i18n-context';
import type { MessageKey } from '../../../../i18n/messages';
import { useAdminRounds, useAllVersions, useInvalidateChecklists, type ChecklistSummary } from '../api/queries';
import type { UserView } from '../../directory/api/users';
import { localDraft } from '../local-draft';
import { publisherName } from '../publisher-name';
import { ScrollTable } from '../../components/ScrollTable';
import { RetireDialog } from './RetireDialog';

const STATUS_COLOR = { draft: 'default', published: 'success', retired: 'warning' } as const;

/** `/admin/checklists`: every checklist with its versions, status, publisher, date and the rounds using each. */
export function ChecklistsPage() {
  const { t, l, date } = useI18n();
  const label = (key: MessageKey) => `${t(key)}${t('common.colon')}`;
  const [params] = useSearchParams();
  const versions = useAllVersions();
  const rounds = useAdminRounds();
  const invalidate = useInvalidateChecklists();
  // The version whose status the dialog would change, and how.
  const [changing, setChanging] = useState<{ target: ChecklistSummary; action: 'retire' | 'restore' } | null>(null);
  const [notice, setNotice] = useState<{ text: string; severity: 'success' | 'warning' } | null>(null);
  const draft = useMemo(() => localDraft.identity(), []);
  // Display names only from accounts already loaded (the accounts page): the list fetches nothing more for them.
  const cachedUsers = useQueryClient().getQueryData<UserView[] | null>(['users']);
  const displayNames = useMemo(() => new Map((cachedUsers ?? []).map((u) => [u.username, u.displayName])), [cachedUsers]);

  const groups = useMemo(() => {
    const byId = new Map<string, ChecklistSummary[]>();
    for (const v of versions.data ?? []) byId.set(v.id, [...(byId.get(v.id) ?? []), v]);
    return [...byId.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, list]) => ({ id, list: list.sort((a, b) => b.version - a.version) }));
  }, [versions.data]);
  if (!versions.data || !rounds.data) return <PageState query={[versions, rounds]} />;
  const usedBy = (id: string, version: number) => rounds.data.filter((r) => r.checklistId === id && r.checklistVersion === version);
  const published = params.get('published');
  const publisher = (by: string) => {
    const shown = publisherName(by, displayNames);
    return shown.preset ? t('cl.publisherPreset') : shown.name;
  };

  return (
    <>
      <OfflineNote />
      <Typography variant="h4" component="h1">
        {t('cl.title')}
      </Typography>
      <Typography sx={{ my: 1 }}>{t('cl.intro')}</Typography>
      <Box sx={{ display: 'flex', gap: 1, my: 2 }}>
        <Button variant="contained" component={RouterLink} to="/admin/checklists/new">
          {t('cl.new')}
        </Button>
      </Box>
      {published && (
        <Alert severity="success" sx={{ my: 2 }} data-testid="published-notice">
          {t('cl.published', { id: published.split('@')[0]!, version: published.split('@')[1]! })}
        </Alert>
      )}
      {notice && (
        <Alert severity={notice.severity} sx={{ my: 2 }} onClose={() => setNotice(null)} data-testid="status-notice">
          {notice.text}
        </Alert>
      )}
      {draft && (
        <Alert severity="info" sx={{ my: 2 }} action={<Button component={RouterLink} to="/admin/checklists/new">{t('cl.continueDraft')}</Button>}>
          <Chip size="small" label={t('cl.status.draft')} color={STATUS_COLOR.draft} sx={{ mr: 1 }} />
          {t('cl.localDraft', draft)}
        </Alert>
      )}
      {!groups.length && <Typography>{t('cl.none')}</Typography>}
      {groups.map(({ id, list }) => (
        <Paper key={id} variant="outlined" sx={{ p: 2, my: 2 }} component="section" aria-labelledby={`cl-${id}`} data-checklist={id}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, justifyContent: 'space-between' }}>
            <Typography variant="h6" component="h2" id={`cl-${id}`}>
              {l(list[0]!.title)} <Typography component="span" color="text.secondary">· {id}</Typography>
            </Typography>
            <Box sx={{ display: 'flex', gap: 1 }}>
              {list.length > 1 && (
                <Button size="small" component={RouterLink} to={`/admin/checklists/${encodeURIComponent(id)}/diff?from=${list[1]!.version}&to=${list[0]!.version}`}>
                  {t('cl.compare')}
                </Button>
              )}
              <Button size="small" variant="outlined" component={RouterLink} to={`/admin/checklists/new?from=${encodeURIComponent(id)}`}>
                {t('cl.newVersion')}
              </Button>
            </Box>
          </Box>
          <ScrollTable label={`${l(list[0]!.title)} · ${id}`} minWidth={640} outlined={false} cards sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('cl.version')}</TableCell>
                <TableCell>{t('cl.status')}</TableCell>
                <TableCell>{t('cl.publishedBy')}</TableCell>
                <TableCell>{t('cl.publishedAt')}</TableCell>
                <TableCell>{t('cl.rounds')}</TableCell>
                <TableCell>{t('cl.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((v) => {
                const using = usedBy(v.id, v.version);
                return (
                  <TableRow key={v.version} data-version={v.version} data-status={v.status}>
                    <TableCell className="short card-title">v{v.version}</TableCell>
                    <TableCell className="short" data-label={label('cl.status')}>
                      <Chip size="small" label={t(`cl.status.${v.status}`)} color={STATUS_COLOR[v.status]} />
                      {v.statusChange && (
                        <Typography variant="caption" color="text.secondary" component="div" data-testid="status-change" title={v.statusChange.by} sx={{ whiteSpace: 'normal', minWidth: '9em' }}>
                          {t(`cl.statusChange.${v.statusChange.action}`, { by: publisher(v.statusChange.by), at: date(v.statusChange.at, true) })}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell title={v.publishedBy} data-label={label('cl.publishedBy')}>{publisher(v.publishedBy)}</TableCell>
                    <TableCell className="short" data-label={label('cl.publishedAt')}>{date(v.publishedAt, true)}</TableCell>
                    <TableCell data-testid="rounds" data-label={label('cl.rounds')}>{using.length ? using.map((r) => l(r.name)).join('、') : t('cl.roundsNone')}</TableCell>
                    <TableCell className="card-actions">
                      {v.status === 'published' ? (
                        <Button size="small" color="error" onClick={() => setChanging({ target: v, action: 'retire' })} aria-label={`${t('cl.retire')} ${v.id} v${v.version}`}>
                          {t('cl.retire')}
                        </Button>
                      ) : (
                        <Button size="small" color="success" onClick={() => setChanging({ target: v, action: 'restore' })} aria-label={`${t('cl.restore')} ${v.id} v${v.version}`}>
                          {t('cl.restore')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </ScrollTable>
        </Paper>
      ))}
      {changing && (
        <RetireDialog
          target={changing.target}
          action={changing.action}
          rounds={usedBy(changing.target.id, changing.target.version)}
          onClose={() => setChanging(null)}
          onDone={() => {
            setNotice({ severity: 'success', text: t(changing.action === 'retire' ? 'cl.retired' : 'cl.restored', { id: changing.target.id, version: changing.target.version }) });
            setChanging(null);
            void invalidate();
          }}
          // Someone else changed it meanwhile: the dialog closes on the refreshed row rather than retry a stale read.
          onConflict={() => {
            setNotice({ severity: 'warning', text: t('cl.statusConflict') });
            setChanging(null);
            void invalidate();
          }}
        />
      )}
    </>
  );
}
