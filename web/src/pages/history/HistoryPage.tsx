/** `/history`: the Council's real meetings, kept as fixtures, to replay step by step. */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { ApiError, FixtureSummary } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Layout } from '../../components/Layout.js';
import { useI18n } from '../../i18n/index.js';
import { FixtureTimeline } from './FixtureTimeline.js';
import { ItemSummary } from './ItemSummary.js';

export function HistoryPage({ fixtureId }: { fixtureId: string | null }) {
  const { t } = useI18n();
  if (fixtureId) return <FixtureTimeline fixtureId={fixtureId} />;
  return (
    <Layout title={t('history.title')}>
      <p className="lead">{t('history.lead')}</p>
      <FixtureList />
    </Layout>
  );
}

function FixtureList() {
  const { t } = useI18n();
  const [fixtures, setFixtures] = useState<FixtureSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void api.fixtures().then((result) => {
      if (!result.ok) return setError(result.error);
      const value = result.value;
      const list = Array.isArray(value) ? value : Array.isArray(value?.fixtures) ? value.fixtures : [];
      setFixtures([...list].sort((a, b) => String(a.date ?? a.id).localeCompare(String(b.date ?? b.id))));
    });
  }, []);
  if (error) return <ErrorMessage error={error} />;
  if (!fixtures) return <p role="status">{t('common.loading')}</p>;
  return <ItemSummary fixtures={fixtures} />;
}
