import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState } from 'react';
import { Link as RouterLink, Outlet, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SyncStatus } from '../features/offline';
import { useI18n } from '../i18n/i18n-context';

/**
 * The frame of every signed-in page: skip link, title, sync state, language, password, sign-out;
 * hidden in print. On a phone the bar stays one line: the secondary actions (name, language,
 * password, sign-out) move into an account menu, since five buttons wrapped onto a second line.
 */
export function Layout() {
  const { t, lang, setLang } = useI18n();
  const { session, signOut } = useAuth();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width:599.95px)');
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const leave = () => {
    setMenu(null);
    void signOut();
    navigate('/login');
  };
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <AppBar position="sticky" color="primary" className="no-print" component="header">
        <Toolbar sx={{ gap: { xs: 0.5, sm: 1 }, flexWrap: 'nowrap', px: { xs: 1, sm: 2 }, '& .MuiButton-root': { minWidth: 0, px: { xs: 0.75, sm: 1 }, whiteSpace: 'nowrap' } }}>
          <Link component={RouterLink} to="/" color="inherit" underline="none" sx={{ fontWeight: 700, fontSize: 20, mr: 1, whiteSpace: 'nowrap' }}>
            {t('app.title')}
          </Link>
          <Typography variant="body2" noWrap sx={{ flexGrow: 1, display: { xs: 'none', sm: 'block' } }}>
            {t('app.subtitle')}
          </Typography>
          <Box sx={{ flexGrow: { xs: 1, sm: 0 } }} />
          {session && !phone && (
            <Typography variant="body2" component="span" data-testid="user" noWrap sx={{ maxWidth: 200 }}>
              {session.user.username}
            </Typography>
          )}
          {session && <SyncStatus user={session.user.sub} />}
          {(!session || !phone) && <LanguageSwitch color="inherit" />}
          {session && !phone && (
            <>
              <Button color="inherit" component={RouterLink} to="/password">
                {t('nav.password')}
              </Button>
              <Button color="inherit" onClick={leave}>
                {t('nav.logout')}
              </Button>
            </>
          )}
          {session && phone && (
            <>
              <IconButton color="inherit" aria-label={t('nav.accountMenu')} aria-haspopup="menu" aria-expanded={menu ? 'true' : undefined} aria-controls={menu ? 'account-menu' : undefined} onClick={(e) => setMenu(e.currentTarget)} data-testid="account-menu">
                <AccountCircleOutlined />
              </IconButton>
              <Menu id="account-menu" anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} transformOrigin={{ vertical: 'top', horizontal: 'right' }}>
                {/* A disabled item, not a subheader: a role="menu" list may hold menu items only (axe). */}
                <MenuItem disabled data-testid="user" sx={{ typography: 'body2', '&.Mui-disabled': { opacity: 0.8 } }}>{session.user.username}</MenuItem>
                <MenuItem onClick={() => { setMenu(null); setLang(lang === 'zh' ? 'en' : 'zh'); }} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
                  {t('nav.language')}
                </MenuItem>
                <MenuItem component={RouterLink} to="/password" onClick={() => setMenu(null)}>
                  {t('nav.password')}
                </MenuItem>
                <Divider />
                <MenuItem onClick={leave}>{t('nav.logout')}</MenuItem>
              </Menu>
            </>
          )}
        </Toolbar>
      </AppBar>
      <Container component="main" id="main" tabIndex={-1} maxWidth="lg" sx={{ py: 3, outline: 'none' }}>
        <Outlet />
      </Container>
    </>
  );
}
