/** Arria-formula webcast: one consent per member, unanimity required, one objection blocks it (spec R43). */
import { CONSENT_LOOK, type BallotLook } from '../../components/ballotStyle.js';
import { Horseshoe } from '../../components/Horseshoe.js';
import { useI18n } from '../../i18n/index.js';
import { members, nameOf, webcastStatus, type SessionState } from '../../session/view.js';

export function WebcastBoard({ state }: { state: SessionState }) {
  const { t, stateName, list } = useI18n();
  const seats = members(state);
  const consents = state.webcast.consents;
  const marks: Record<string, BallotLook> = {};
  for (const m of seats) {
    const c = consents[m.code];
    if (c !== undefined) marks[m.code] = c ? CONSENT_LOOK.consent : CONSENT_LOOK.object;
  }
  const status = webcastStatus(state);
  const objectors = state.webcast.decision?.objectors ?? seats.filter((m) => consents[m.code] === false).map((m) => m.code);
  const given = seats.filter((m) => consents[m.code] === true).length;
  const names = list(objectors.map((c) => stateName(c, nameOf(state, c))));
  const headline = status === 'allowed' ? t('webcast.allowed') : status === 'blocked' ? t('webcast.blocked') : t('webcast.waiting');
  const detail = status === 'blocked' ? t('webcast.blockedBy', { names }) : t('webcast.countGiven', { given, total: seats.length });
  return (
    <section className="vote-board" aria-labelledby="webcast-board-heading">
      <h2 id="webcast-board-heading" className="vote-question">
        {t('webcast.heading')}
      </h2>
      <p className="vote-meta">
        <span className="threshold">{t('webcast.rule')}</span>
      </p>
      <Horseshoe
        members={seats}
        president={null}
        marks={marks}
        centre={[headline, t('webcast.countGiven', { given, total: seats.length })]}
      />
      <div
        className={`outcome ${status === 'allowed' ? 'outcome-adopted' : status === 'blocked' ? 'outcome-rejected' : 'outcome-none'}`}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="webcast-status"
        data-status={status}
      >
        <p className="outcome-headline">{headline}</p>
        <p className="outcome-reason">{detail}</p>
        <p>{t('webcast.inPerson')}</p>
      </div>
      <div className="sr-only">
        <table>
          <caption>{t('webcast.tableCaption')}</caption>
          <tbody>
            {seats.map((m) => (
              <tr key={m.code}>
                <th scope="row">{stateName(m.code, m.name)}</th>
                <td>{t((marks[m.code] ?? CONSENT_LOOK.pending).word)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
