/**
 * The DPRK human-rights item at a glance, 2014–2024: each fixture's outcome in one row
 * (agenda votes, the withdrawn 2018 request, the Arria webcast, the GA votes), computed by
 * replaying its events with the engine's reducer.
 */
import { ScrollBox } from '../../components/ScrollBox.js';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { FixtureSummary, StoredEvent } from '../../api/types.js';
import { Link } from '../../components/Link.js';
import { useI18n } from '../../i18n/index.js';
import { isLanguage, knownText } from '../../../../src/records/explain/index.js';
import { outcomeWords, questionText } from '../../session/outcome.js';
import { isAssembly, project, webcastStatus, type SessionState } from '../../session/view.js';

interface Row {
  fixture: FixtureSummary;
  state: SessionState;
}

export function ItemSummary({ fixtures }: { fixtures: FixtureSummary[] }) {
  const { t, lang } = useI18n();
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(
      fixtures.map(async (fixture) => {
        const result = await api.fixture(fixture.id);
        return result.ok ? { fixture, state: project((result.value.events ?? []) as StoredEvent[]) } : null;
      }),
    ).then((loaded) => live && setRows(loaded.filter((r): r is Row => r !== null)));
    return () => {
      live = false;
    };
  }, [fixtures]);
  if (!rows) return <p role="status">{t('common.loading')}</p>;
  return (
    <ScrollBox label={t('history.itemCaption')}>
      <table className="vote-table item-summary">
        <caption>{t('history.itemCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.date')}</th>
            <th scope="col">{t('history.meeting')}</th>
            <th scope="col">{t('history.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ fixture, state }) => (
            <tr key={fixture.id}>
              <td className="fixture-date">{String(fixture.date ?? state.session?.date ?? '')}</td>
              <th scope="row">
                <Link href={`/history/${encodeURIComponent(fixture.id)}`}>
                  {fixture.title ? knownText(String(fixture.title), isLanguage(lang) ? lang : 'en') : fixture.id}
                </Link>
              </th>
              <td>
                <Outcomes state={state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function Outcomes({ state }: { state: SessionState }) {
  const { t, states, known } = useI18n();
  const vetoers = (codes: string[]) => states(codes, 'of');
  if (state.votes.length > 0) {
    return (
      <ul className="plain">
        {state.votes.map((vote) => {
          const assembly = isAssembly(state) ? { majority: vote.majority ?? 'simple' } : undefined;
          const words = outcomeWords(vote.decision, vote.matter, t, vetoers, assembly, state.session?.body);
          return (
            <li key={vote.voteId}>
              {t('history.questionLabel', { question: questionText(vote, t, known) })} <strong>{words.headline}</strong>
            </li>
          );
        })}
      </ul>
    );
  }
  if (state.phase === 'withdrawn') return <>{t('phase.withdrawn')}</>;
  if (state.session?.format === 'arria') {
    const status = webcastStatus(state);
    return <>{status === 'blocked' ? t('webcast.blocked') : status === 'allowed' ? t('webcast.allowed') : t('webcast.waiting')}</>;
  }
  if (state.agenda.status === 'adopted') return <>{t('event.agendaAdoptedNoVote')}</>;
  return <>{t(`phase.${state.phase}`)}</>;
}
