import { useI18n } from '../i18n/i18n-context';

/**
 * 中文 ⇄ English; the choice is remembered. A plain button with MUI's text-button look
 * (`layout.css`): in the app bar (`inherit`, white on the primary colour) it is on every page's
 * first paint; on the sign-in pages (`primary`) it sits beside MUI's own.
 */
export function LanguageSwitch({ color }: { color?: 'inherit' | 'primary' }) {
  const { t, lang, setLang } = useI18n();
  return (
    <button type="button" className={color === 'inherit' ? 'app-bar-button' : 'text-button'} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh-CN'} data-testid="lang-switch">
      {t('nav.language')}
    </button>
  );
}
