import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, Outlet, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SyncStatus } from '../features/offline';
import { useI18n } from '../i18n/i18n-context';

/** The frame of every signed-in page: skip link, title, language switch, sign-out; hidden in print. */
export function Layout() {
  const { t } = useI18n();
  const { session, signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <AppBar position="sticky" color="primary" className="no-print" component="header">
        <Toolbar sx={{ gap: { xs: 0.5, sm: 1 }, flexWrap: 'wrap', px: { xs: 1, sm: 2 }, '& .MuiButton-root': { minWidth: 0, px: { xs: 0.75, sm: 1 } } }}>
          <Link component={RouterLink} to="/" color="inherit" underline="none" sx={{ fontWeight: 700, fontSize: 20, mr: 1 }}>
            {t('app.title')}
          </Link>
          <Typography variant="body2" sx={{ flexGrow: 1, display: { xs: 'none', sm: 'block' } }}>
            {t('app.subtitle')}
          </Typography>
          <Box sx={{ flexGrow: { xs: 1, sm: 0 } }} />
          {session && (
            // On a phone the bar keeps one line: the name goes (it is on every page that matters).
            <Typography variant="body2" component="span" data-testid="user" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              {session.user.username}
            </Typography>
          )}
          {session && <SyncStatus user={session.user.sub} />}
          <LanguageSwitch color="inherit" />
          {session && (
            <Button color="inherit" component={RouterLink} to="/password">
              {t('nav.password')}
            </Button>
          )}
          {session && (
            <Button
              color="inherit"
              onClick={() => {
                void signOut();
                navigate('/login');
              }}
            >
              {t('nav.logout')}
            </Button>
          )}
        </Toolbar>
      </AppBar>
      <Container component="main" id="main" tabIndex={-1} maxWidth="lg" sx={{ py: 3, outline: 'none' }}>
        <Outlet />
      </Container>
    </>
  );
}
