/**
 * `/join/<code>` (typed, or from a QR code): trade the join code for the delegation's
 * token, keep it on this device, and go to the delegation view.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { ApiError } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Layout } from '../../components/Layout.js';
import { useI18n } from '../../i18n/index.js';
import { navigate } from '../../router.js';
import { saveDelegation } from '../../session/credentials.js';
import { JoinForm } from '../home/JoinForm.js';

export function JoinPage({ joinCode }: { joinCode: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void api.join(joinCode).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      saveDelegation(result.value);
      navigate(`/d/${encodeURIComponent(result.value.sessionId)}`, true);
    });
    return () => {
      live = false;
    };
  }, [joinCode]);
  return (
    <Layout title={t('join.title')}>
      {error ? (
        <>
          <ErrorMessage error={error} />
          <JoinForm />
        </>
      ) : (
        <p role="status">{t('join.joining')}</p>
      )}
    </Layout>
  );
}
