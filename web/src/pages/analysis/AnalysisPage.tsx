/** /analysis: the GA alignment map and the Council's voting power, from the analysis module. */
import { Layout } from '../../components/Layout.js';
import { useI18n } from '../../i18n/index.js';
import { AlignmentSection } from './AlignmentSection.js';
import { PowerTables } from './PowerTables.js';

export function AnalysisPage() {
  const { t } = useI18n();
  return (
    <Layout title={t('analysis.title')}>
      <p className="lead">{t('analysis.lead')}</p>
      <AlignmentSection />
      <PowerTables />
    </Layout>
  );
}
