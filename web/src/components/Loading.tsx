/** While a session loads: "Loading…", or a clear message when the link names no meeting. */
import { useI18n } from '../i18n/index.js';

export function Loading({ missing }: { missing: boolean }) {
  const { t } = useI18n();
  return missing ? (
    <p className="error" role="alert">
      {t('error.session-not-found')}
    </p>
  ) : (
    <p role="status">{t('common.loading')}</p>
  );
}
