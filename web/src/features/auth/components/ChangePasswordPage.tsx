import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context';
import { AuthApiError } from '../../../auth/auth-errors';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useI18n } from '../../../i18n/i18n-context';
import type { MessageKey } from '../../../i18n/messages';

/**
 * Change the password: forced after a sign-in with a one-time password (then nothing else is
 * open), or by choice from the menu. The server checks the policy; its issue codes are worded here.
 */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const { session, pendingChange, restoring, changePassword } = useAuth();
  const navigate = useNavigate();
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  if (!restoring && !session && !pendingChange) return <Navigate to="/login" replace />;
  const user = pendingChange?.user ?? session?.user;

  const word = (issue: { code: string; message: string; params?: Record<string, unknown> }) => {
    const key = `password.issue.${issue.code}` as MessageKey;
    const text = t(key, issue.params as Record<string, number>);
    return text === key ? issue.message : text;
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (newPassword !== confirm) return setErrors([t('password.mismatch')]);
    setBusy(true);
    setErrors([]);
    try {
      await changePassword({ oldPassword, newPassword });
      navigate('/', { replace: true });
    } catch (err) {
      if (err instanceof AuthApiError && err.details?.issues?.length) setErrors(err.details.issues.map(word));
      else if (err instanceof AuthApiError && err.code === 'too-many-attempts') setErrors([t('login.locked', { seconds: err.details?.retryAfterSeconds ?? 30 })]);
      else setErrors([err instanceof Error ? err.message : String(err)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'grey.100' }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 440 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h5" component="h1">
            {t('password.title')}
          </Typography>
          <LanguageSwitch />
        </Box>
        {user && (
          <Typography variant="body2" color="text.secondary" data-testid="password-user">
            {user.username}
          </Typography>
        )}
        {pendingChange && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('password.forced')}
          </Alert>
        )}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextField label={t('password.old')} name="oldPassword" type="password" autoComplete="current-password" value={oldPassword} onChange={(e) => setOld(e.target.value)} fullWidth margin="normal" required autoFocus />
          <TextField label={t('password.new')} name="newPassword" type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNew(e.target.value)} fullWidth margin="normal" required helperText={t('password.rules')} />
          <TextField label={t('password.confirm')} name="confirmPassword" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} fullWidth margin="normal" required />
          {errors.length > 0 && (
            <Alert severity="error" role="alert" sx={{ mt: 1 }}>
              {errors.map((message) => (
                <div key={message}>{message}</div>
              ))}
            </Alert>
          )}
          <Button type="submit" variant="contained" fullWidth size="large" sx={{ mt: 2 }} disabled={busy || !oldPassword || !newPassword}>
            {t('password.submit')}
          </Button>
          {session && !pendingChange && (
            <Button fullWidth sx={{ mt: 1 }} onClick={() => navigate(-1)}>
              {t('common.back')}
            </Button>
          )}
        </form>
      </Paper>
    </Box>
  );
}
