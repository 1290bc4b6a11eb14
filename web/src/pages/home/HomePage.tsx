/** The front door: create a meeting as its President, join as a delegation, or open the history. */
import { Layout } from '../../components/Layout.js';
import { Link } from '../../components/Link.js';
import { useI18n } from '../../i18n/index.js';
import { CreateSessionForm } from './CreateSessionForm.js';
import { JoinForm } from './JoinForm.js';

export function HomePage() {
  const { t } = useI18n();
  return (
    <Layout title={t('home.title')}>
      <p className="lead">{t('home.lead')}</p>
      <div className="columns">
        <CreateSessionForm />
        <div>
          <JoinForm />
          <section className="card" aria-labelledby="history-heading">
            <h2 id="history-heading">{t('home.historyHeading')}</h2>
            <p>{t('home.historyText')}</p>
            <p>
              <Link href="/history">{t('home.historyLink')}</Link>
            </p>
          </section>
        </div>
      </div>
    </Layout>
  );
}
