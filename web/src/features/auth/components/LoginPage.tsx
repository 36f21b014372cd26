import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context';
import { runtimeConfig } from '../../../auth/runtime-config';
import { AuthApiError, BadCredentialsError } from '../../../auth/auth-errors';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useI18n } from '../../../i18n/i18n-context';

/**
 * Sign in with a username and password (the built-in identity); a one-time password leads to the
 * change-password page before anything else.
 */
export function LoginPage() {
  const { t } = useI18n();
  const { session, pendingChange, signIn } = useAuth();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (session) return <Navigate to="/" replace />;
  if (pendingChange) return <Navigate to="/password" replace />;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await signIn({ username, password });
      navigate(result.state === 'signed-in' ? '/' : '/password', { replace: true });
    } catch (err) {
      if (err instanceof BadCredentialsError) setError(t('login.failed'));
      else if (err instanceof AuthApiError && err.code === 'too-many-attempts') setError(t('login.locked', { seconds: err.details?.retryAfterSeconds ?? 30 }));
      else if (err instanceof AuthApiError && err.code === 'account-disabled') setError(t('login.disabled'));
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'grey.100' }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 400 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h4" component="h1">
            {t('app.title')}
          </Typography>
          <LanguageSwitch />
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {t('app.subtitle')}
        </Typography>
        <Typography variant="h6" component="h2">
          {t('login.title')}
        </Typography>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextField label={t('login.username')} name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} fullWidth margin="normal" required autoFocus />
          <TextField label={t('login.password')} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} fullWidth margin="normal" required />
          {error && (
            <Alert severity="error" role="alert" sx={{ mt: 1 }}>
              {error}
            </Alert>
          )}
          <Button type="submit" variant="contained" fullWidth size="large" sx={{ mt: 2 }} disabled={busy || !username}>
            {t('login.submit')}
          </Button>
        </form>
        {runtimeConfig().demoAccounts && (
          // Only where `npm start` seeded them: a deployment has no demo accounts to advertise.
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }} data-testid="demo-accounts">
            {t('login.demo')}
          </Typography>
        )}
      </Paper>
    </Box>
  );
}
