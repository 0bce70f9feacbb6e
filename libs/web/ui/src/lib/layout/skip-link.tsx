import { useTranslation } from 'react-i18next';

/** First tab stop of every page: jumps over the header to the main content. */
export function SkipLink() {
  const { t } = useTranslation('ui');
  return (
    <a className="wo-skip-link" href="#main">
      {t('skipToContent')}
    </a>
  );
}
