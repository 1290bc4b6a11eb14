/** A refusal or failure, in the user's language where we know the code, announced politely. */
import { useI18n, type MessageKey } from '../i18n/index.js';

export function ErrorMessage({ error }: { error: { code: string; message: string; status?: number } | null }) {
  const { t } = useI18n();
  if (!error) return <p className="error" role="alert" hidden />;
  const key = `error.${error.code}` as MessageKey;
  const known = t(key);
  const text = known !== key ? known : error.message || t('error.generic');
  return (
    <p className="error" role="alert" data-code={error.code}>
      {text}
      {known !== key && error.message ? <span className="error-detail"> ({error.message})</span> : null}
    </p>
  );
}
