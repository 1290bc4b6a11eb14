/** The app: one page per route, all inside the language provider. */
import { useEffect, useRef } from 'react';
import { Layout } from './components/Layout.js';
import { Link } from './components/Link.js';
import { I18nProvider, useI18n } from './i18n/index.js';
import { AnalysisPage } from './pages/analysis/AnalysisPage.js';
import { BoardPage } from './pages/board/BoardPage.js';
import { ChairPage } from './pages/chair/ChairPage.js';
import { DelegationPage } from './pages/delegation/DelegationPage.js';
import { HistoryPage } from './pages/history/HistoryPage.js';
import { HomePage } from './pages/home/HomePage.js';
import { JoinPage } from './pages/join/JoinPage.js';
import { useRoute } from './router.js';

function Page() {
  const route = useRoute();
  useFocusOnNavigation(JSON.stringify(route));
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'chair':
      return <ChairPage key={route.sessionId} sessionId={route.sessionId} />;
    case 'join':
      return <JoinPage key={route.joinCode} joinCode={route.joinCode} />;
    case 'delegation':
      return <DelegationPage key={route.sessionId} sessionId={route.sessionId} />;
    case 'board':
      return <BoardPage key={route.sessionId} sessionId={route.sessionId} />;
    case 'history':
      return <HistoryPage fixtureId={route.fixtureId} />;
    case 'analysis':
      return <AnalysisPage />;
    default:
      return <NotFound />;
  }
}

/** After an in-app navigation, move focus to the new page's main content (as a page load would reset it). */
function useFocusOnNavigation(key: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [key]);
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Layout title={t('notFound.title')}>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </Layout>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Page />
    </I18nProvider>
  );
}
