import { Link as RouterLink, Outlet, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SyncStatus } from '../features/offline';
import { useI18n } from '../i18n/i18n-context';
import { useMediaQuery } from '../lib/use-media-query';
import { AccountMenu } from './AccountMenu';

/**
 * The frame of every signed-in page: skip link, title, sync state, language, password, sign-out;
 * hidden in print. On a phone the bar stays one line: the secondary actions (name, language,
 * password, sign-out) move into an account menu, since five buttons wrapped onto a second line.
 *
 * Plain elements styled by `layout.css` with the look MUI's AppBar, Toolbar and text buttons gave
 * them: the frame is on the form page's first paint, which must not wait for MUI and Emotion.
 */
export function Layout() {
  const { t } = useI18n();
  const { session, signOut } = useAuth();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width:599.95px)');
  const leave = () => {
    void signOut();
    navigate('/login');
  };
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <header className="app-bar no-print">
        <div className="app-bar-row">
          <RouterLink to="/" className="app-bar-title">
            {t('app.title')}
          </RouterLink>
          <p className="app-bar-subtitle">{t('app.subtitle')}</p>
          <div className="app-bar-spacer" />
          {session && !phone && (
            <span className="app-bar-user" data-testid="user">
              {session.user.username}
            </span>
          )}
          {session && <SyncStatus user={session.user.sub} />}
          {(!session || !phone) && <LanguageSwitch color="inherit" />}
          {session && !phone && (
            <>
              <RouterLink className="app-bar-button" to="/password">
                {t('nav.password')}
              </RouterLink>
              <button type="button" className="app-bar-button" onClick={leave}>
                {t('nav.logout')}
              </button>
            </>
          )}
          {session && phone && <AccountMenu username={session.user.username} onSignOut={leave} />}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
