import { useI18n } from '../i18n/i18n-context';

/** Any path the app does not know: a plain heading (MUI's h5 look, `layout.css`), inside the plain shell. */
export function NotFound() {
  const { t } = useI18n();
  return <h1 className="not-found">{t('notFound')}</h1>;
}
