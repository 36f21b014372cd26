import Button from '@mui/material/Button';
import { useI18n } from '../i18n/i18n-context';

/** 中文 ⇄ English; the choice is remembered. */
export function LanguageSwitch({ color }: { color?: 'inherit' | 'primary' }) {
  const { t, lang, setLang } = useI18n();
  return (
    <Button color={color ?? 'primary'} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh-CN'} data-testid="lang-switch">
      {t('nav.language')}
    </Button>
  );
}
