import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useAuth } from '../../../../auth/auth-context';
import { PageState } from '../../../../components/PageState';
import type { MessageKey } from '../../../../i18n/messages';
import { useI18n } from '../../../../i18n/i18n-context';
import { ScrollTable } from '../../components/ScrollTable';
import { useInstitutions, useRegions } from '../api/queries';
import { useUserAction, useUsers, type UserView } from '../api/users';
import { accountErrorTexts } from '../account-errors';
import { DisableAccountDialog } from './DisableAccountDialog';

type Role = UserView['role'];
const ROLES: Role[] = ['admin', 'expert', 'institution', 'commission'];

/** `/admin/accounts`: accounts through the identity API; "账号服务未启用" where there is none. */
export function AccountsPage() {
  const { t, date, l } = useI18n();
  const users = useUsers();
  const action = useUserAction();
  const me = useAuth().session?.user.username;
  const [disabling, setDisabling] = useState<UserView | null>(null);
  const institutions = useInstitutions();
  const regions = useRegions();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('institution');
  const [scope, setScope] = useState('');
  const [password, setPassword] = useState<{ username: string; password: string } | null>(null);
  if (users.data === null) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>{t('accounts.title')}</Typography>
        <Alert severity="info" data-testid="accounts-disabled">
          <strong>{t('accounts.disabled')}</strong> · {t('accounts.disabledHelp')}
        </Alert>
      </>
    );
  }
  if (!users.data) return <PageState query={users} />;
  const regionList = (regions.data ?? []).map((r) => ({ id: r.id, name: l(r.name) }));
  // An expert may name the region it works in (the round form's expert picker shows it); it is optional.
  const scopes = role === 'institution' ? (institutions.data ?? []).map((i) => ({ id: i.id, name: l(i.name) })) : role === 'commission' || role === 'expert' ? regionList : [];
  const scopeName = new Map<string, string>([...(institutions.data ?? []).map((i) => [`i:${i.id}`, l(i.name)] as const), ...regionList.map((r) => [`r:${r.id}`, r.name] as const)]);
  /** The institution or region a user is bound to, by name (its id where the directory does not know it). */
  const scopeOf = (u: UserView) => (u.institutionId ? (scopeName.get(`i:${u.institutionId}`) ?? u.institutionId) : u.regionId ? (scopeName.get(`r:${u.regionId}`) ?? u.regionId) : '');

  /** A column's name as a card on a phone shows it before the cell: `角色：`. */
  const label = (key: MessageKey) => `${t(key)}${t('common.colon')}`;

  async function run(kind: 'disable' | 'enable' | 'reset-password', user: string) {
    // A refusal shows in the alert below (action.error); it must not escape as an unhandled rejection.
    const out = await action.mutateAsync({ kind, username: user }).catch(() => null);
    if (out && 'oneTimePassword' in out && out.oneTimePassword) setPassword({ username: user, password: out.oneTimePassword });
  }
  const acted = action.variables ? ('username' in action.variables ? action.variables.username : action.variables.body.username) : '';
  const refused = accountErrorTexts(action.error, t, acted);
  // Shown where the user acted: above the table for a row's action, under the form for a creation.
  const refusal = refused.length > 0 && (
    <Alert severity="error" data-testid="accounts-error" onClose={() => action.reset()} sx={{ my: 1 }}>
      {refused.length === 1 ? refused[0] : <ul style={{ margin: 0, paddingLeft: '1.2em' }}>{refused.map((text) => <li key={text}>{text}</li>)}</ul>}
    </Alert>
  );

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>{t('accounts.title')}</Typography>
      {password && (
        <Alert severity="warning" onClose={() => setPassword(null)} data-testid="one-time-password">
          {password.username} · {t('accounts.oneTime', { password: password.password })}
        </Alert>
      )}
      {action.variables?.kind !== 'create' && refusal}
      {/* On a phone each account is a card, its actions on their own line within the screen. */}
      <ScrollTable label={t('accounts.title')} minWidth={820} cards sx={{ my: 2, '& td': { whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('accounts.username')}</TableCell>
              <TableCell>{t('dir.name')}</TableCell>
              <TableCell>{t('accounts.role')}</TableCell>
              <TableCell>{t('accounts.scope')}</TableCell>
              <TableCell>{t('accounts.lastSignIn')}</TableCell>
              <TableCell>{t('accounts.state')}</TableCell>
              <TableCell>{t('dir.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {users.data.map((u) => (
              <TableRow key={u.username}>
                <TableCell className="card-title">{u.username}</TableCell>
                <TableCell data-label={label('dir.name')}>{u.displayName}</TableCell>
                <TableCell data-label={label('accounts.role')}>{t(`accounts.role.${u.role}`)}</TableCell>
                <TableCell data-label={label('accounts.scope')}>{scopeOf(u)}</TableCell>
                <TableCell data-label={label('accounts.lastSignIn')}>{u.lastSignInAt ? date(u.lastSignInAt, true) : t('accounts.never')}</TableCell>
                <TableCell data-label={label('accounts.state')}>{u.status === 'disabled' ? t('accounts.inactive') : t('accounts.active')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} className="card-actions">
                  {/* The API refuses disabling oneself (and the last active admin): one's own row offers no disable, and says why. */}
                  {u.username === me && u.status !== 'disabled' ? (
                    <Typography component="span" variant="body2" color="text.secondary" title={t('accounts.error.ownAccount')} sx={{ px: 1 }} data-testid="own-account">
                      {t('accounts.own')}
                    </Typography>
                  ) : (
                    <Button size="small" disabled={action.isPending} onClick={() => (u.status === 'disabled' ? run('enable', u.username) : setDisabling(u))}>
                      {u.status === 'disabled' ? t('accounts.enable') : t('accounts.disable')}
                    </Button>
                  )}
                  <Button size="small" disabled={action.isPending} onClick={() => run('reset-password', u.username)}>{t('accounts.reset')}</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
      </ScrollTable>
      {disabling && (
        <DisableAccountDialog
          username={disabling.username}
          displayName={disabling.displayName}
          onCancel={() => setDisabling(null)}
          onConfirm={() => {
            setDisabling(null);
            void run('disable', disabling.username);
          }}
        />
      )}
      <Typography variant="h6" component="h2">{t('accounts.create')}</Typography>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mt: 1 }}
        component="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const body = { username: username.trim(), displayName: displayName.trim(), role, ...(role === 'institution' && scope ? { institutionId: scope } : {}), ...((role === 'commission' || role === 'expert') && scope ? { regionId: scope } : {}) };
          const out = await action.mutateAsync({ kind: 'create', body }).catch(() => null);
          if (!out) return;
          // Created: the form empties its name fields (role and scope stay for the next account of the same kind).
          setUsername('');
          setDisplayName('');
          if ('oneTimePassword' in out && out.oneTimePassword) setPassword({ username: body.username, password: out.oneTimePassword });
        }}
      >
        <TextField size="small" label={t('accounts.username')} value={username} onChange={(e) => setUsername(e.target.value)} required />
        <TextField size="small" label={t('dir.name')} value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />
        <TextField size="small" select label={t('accounts.role')} value={role} onChange={(e) => { setRole(e.target.value as Role); setScope(''); }} sx={{ minWidth: 140 }}>
          {ROLES.map((r) => (
            <MenuItem key={r} value={r}>{t(`accounts.role.${r}`)}</MenuItem>
          ))}
        </TextField>
        {scopes.length > 0 && (
          <TextField size="small" select label={t(role === 'expert' ? 'accounts.expertRegion' : 'accounts.scope')} value={scope} onChange={(e) => setScope(e.target.value)} sx={{ minWidth: 200 }} required={role !== 'expert'}>
            {role === 'expert' && <MenuItem value="">{t('rounds.expertNoRegion')}</MenuItem>}
            {scopes.map((s) => (
              <MenuItem key={s.id} value={s.id}>{s.name} ({s.id})</MenuItem>
            ))}
          </TextField>
        )}
        <Button type="submit" variant="contained" disabled={action.isPending}>{t('dir.create')}</Button>
      </Stack>
      {action.variables?.kind === 'create' && refusal}
    </>
  );
}
