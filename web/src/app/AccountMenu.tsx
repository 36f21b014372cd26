import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { menuKeyTarget } from '../components/menu-keys';
import { useI18n } from '../i18n/i18n-context';

const ACCOUNT_ICON = [
  'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2M7.35 18.5C8.66 17.56 10.26 17 12 17s3.34.56 4.65 1.5c-1.31.94-2.91 1.5-4.65 1.5s-3.34-.56-4.65-1.5m10.79-1.38C16.45 15.8 14.32 15 12 15s-4.45.8-6.14 2.12C4.7 15.73 4 13.95 4 12c0-4.42 3.58-8 8-8s8 3.58 8 8c0 1.95-.7 3.73-1.86 5.12',
  'M12 6c-1.93 0-3.5 1.57-3.5 3.5S10.07 13 12 13s3.5-1.57 3.5-3.5S13.93 6 12 6m0 5c-.83 0-1.5-.67-1.5-1.5S11.17 8 12 8s1.5.67 1.5 1.5S12.83 11 12 11',
];

/**
 * The phone's account menu (the app bar keeps one line below 600 px): the user's name, language,
 * password, sign-out. A WAI-ARIA menu button, as MUI's Menu was: opening it focuses the first
 * item, ↓/↑/Home/End move, Escape closes it and gives the focus back to the button, Tab or a
 * click outside closes it. Plain elements (`layout.css`): it is in the shell of every page.
 */
export function AccountMenu({ username, onSignOut }: { username: string; onSignOut(): void }) {
  const { t, lang, setLang } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    items().find((item) => item.getAttribute('aria-disabled') !== 'true')?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
      return;
    }
    if (e.key === 'Tab') {
      close(false);
      return;
    }
    const all = items();
    const to = menuKeyTarget(e.key, all.indexOf(document.activeElement as HTMLElement), all.map((item) => item.getAttribute('aria-disabled') === 'true'));
    if (to === undefined) return;
    e.preventDefault();
    all[to]!.focus();
  };
  const onButtonKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
    }
  };
  const choose = (then: () => void) => () => {
    close(false);
    then();
  };

  return (
    <div className="account-menu">
      <button ref={button} type="button" className="app-bar-icon-button" aria-label={t('nav.accountMenu')} aria-haspopup="menu" aria-expanded={open ? 'true' : undefined} aria-controls={open ? 'account-menu' : undefined} onClick={() => setOpen((o) => !o)} onKeyDown={onButtonKeyDown} data-testid="account-menu">
        <svg viewBox="0 0 24 24" width="24" height="24" focusable="false" aria-hidden="true">
          {ACCOUNT_ICON.map((d) => <path key={d} d={d} fill="currentColor" />)}
        </svg>
      </button>
      {open && (
        <div ref={menu} id="account-menu" role="menu" aria-label={t('nav.accountMenu')} className="account-menu-list" onKeyDown={onMenuKeyDown}>
          {/* A disabled item, not a heading: a menu may hold menu items only (axe). */}
          <div role="menuitem" aria-disabled="true" tabIndex={-1} className="account-menu-item account-menu-user" data-testid="user">
            {username}
          </div>
          <button type="button" role="menuitem" tabIndex={-1} className="account-menu-item" lang={lang === 'zh' ? 'en' : 'zh-CN'} onClick={choose(() => setLang(lang === 'zh' ? 'en' : 'zh'))}>
            {t('nav.language')}
          </button>
          <RouterLink role="menuitem" tabIndex={-1} className="account-menu-item" to="/password" onClick={() => close(false)}>
            {t('nav.password')}
          </RouterLink>
          <div role="separator" className="account-menu-divider" />
          <button type="button" role="menuitem" tabIndex={-1} className="account-menu-item" onClick={choose(onSignOut)}>
            {t('nav.logout')}
          </button>
        </div>
      )}
    </div>
  );
}
