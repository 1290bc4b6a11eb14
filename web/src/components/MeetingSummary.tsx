/** The masthead of a meeting: title, date, format, President and where the meeting stands. */
import { useI18n } from '../i18n/index.js';
import { nameOf, type SessionState } from '../session/view.js';
import { isLanguage, knownText } from '../../../src/records/explain/index.js';

export function MeetingSummary({ state }: { state: SessionState }) {
  const { t, stateName, list, lang } = useI18n();
  const language = isLanguage(lang) ? lang : 'en';
  const session = state.session;
  if (!session) return null;
  const president = session.president;
  return (
    <section className="summary" aria-label={t('summary.label')}>
      <p className="summary-title">{knownText(session.item ?? session.title, language)}</p>
      <dl className="facts">
        <div>
          <dt>{t('summary.date')}</dt>
          <dd>{session.date}</dd>
        </div>
        {session.body === 'security-council' ? (
          <div>
            <dt>{t('summary.format')}</dt>
            <dd>{t(`format.${session.format}`)}</dd>
          </div>
        ) : (
          <div>
            <dt>{t('summary.body')}</dt>
            <dd>
              {session.body === 'ga-main-committee' && session.committee
                ? t(`body.committee${session.committee as 1 | 2 | 3 | 4 | 5 | 6}`)
                : t(`body.${session.body}`)}
            </dd>
          </div>
        )}
        {president ? (
          <div>
            <dt>{session.format === 'arria' ? t('summary.presidentOfMonth') : t('summary.president')}</dt>
            <dd>{stateName(president, nameOf(state, president))}</dd>
          </div>
        ) : null}
        {session.unknownSeats ? (
          <div>
            <dt>{t('summary.seats')}</dt>
            <dd data-testid="unknown-seats">{t('summary.unknownSeats', { known: session.members.length, n: session.unknownSeats })}</dd>
          </div>
        ) : null}
        {session.conveners && session.conveners.length > 0 ? (
          <div>
            <dt>{t('summary.conveners')}</dt>
            <dd>{list(session.conveners.map((c) => stateName(c, nameOf(state, c))))}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('summary.phase')}</dt>
          <dd data-testid="phase">{t(`phase.${state.phase}`)}</dd>
        </div>
        {session.format !== 'arria' && session.body === 'security-council' ? (
          <div>
            <dt>{t('summary.agenda')}</dt>
            <dd>{t(`agenda.${state.agenda.status}`)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
