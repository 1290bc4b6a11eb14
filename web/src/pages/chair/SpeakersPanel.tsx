/**
 * The floor and the speakers list, as session state (issue 10): the chair gives the floor
 * for a time and the board and every phone count it down from the server's clock; extends
 * it; ends the statement (recorded with its kind: statement, briefing, explanation of vote,
 * the President in its national capacity — R28). The list is ordered by the chair.
 */
import { useState } from 'react';
import { FloorClock } from '../../components/FloorClock.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { nameOf, type SessionState } from '../../session/view.js';
import { PointsList } from './PointsList.js';

const KINDS = ['statement', 'briefing', 'explanation-before-vote', 'explanation-after-vote', 'national-capacity'] as const;
type Kind = (typeof KINDS)[number];
const LIMITS = [60, 120, 180, 300, 420];

export function SpeakersPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName } = useI18n();
  const [kind, setKind] = useState<Kind>('statement');
  const [limit, setLimit] = useState(300);
  const [other, setOther] = useState('');
  const name = (id: string) => stateName(id, nameOf(state, id));
  const participants = [
    ...(state.session?.members.map((m) => m.code) ?? []),
    ...state.invitations.filter((i) => i.status === 'invited').map((i) => i.invitee),
  ];
  const floor = state.floor;
  // In a moderated caucus the caucus fixes the speaking time (practice: Model UN).
  const give = (member: string) => void commands.send('give-floor', { member, ...(state.caucus ? {} : { seconds: limit }) });
  const n = state.speakers.length;
  return (
    <section className="card" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('speakers.heading')}</h2>
      {floor ? (
        <div className="floor" role="region" aria-label={t('speakers.onFloor')}>
          <FloorClock state={state} />
          <div className="row">
            <button
              type="button"
              className="secondary"
              onClick={() => void commands.send('extend-floor', { seconds: 30 })}
              disabled={commands.busy}
            >
              {t('floor.extend', { n: 30 })}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void commands.send('extend-floor', { seconds: 60 })}
              disabled={commands.busy}
            >
              {t('floor.extend', { n: 60 })}
            </button>
          </div>
          <div className="row">
            <label htmlFor="statement-kind">{t('speakers.kind')}</label>
            <select id="statement-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`statement.${k}`)}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void commands.send('end-statement', { kind })} disabled={commands.busy}>
              {t('speakers.end')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="row">
        <label htmlFor="time-limit">{t('speakers.limit')}</label>
        <select id="time-limit" value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          {LIMITS.map((s) => (
            <option key={s} value={s}>
              {s < 120 ? t('floor.seconds', { n: s }) : t('speakers.minutes', { n: s / 60 })}
            </option>
          ))}
        </select>
      </div>
      {n === 0 ? (
        <p className="help">{t('speakers.empty')}</p>
      ) : (
        <ol className="speakers speakers-editable">
          {state.speakers.map((speaker, i) => (
            <li key={speaker}>
              <span className="speaker-name">{name(speaker)}</span>
              <span className="speaker-actions">
                <button
                  type="button"
                  className="secondary"
                  disabled={floor !== null || commands.busy}
                  onClick={() => give(speaker)}
                  aria-label={t('speakers.giveFloorTo', { name: name(speaker) })}
                >
                  {t('speakers.giveFloor')}
                </button>
                <button
                  type="button"
                  className="secondary icon"
                  disabled={i === 0 || commands.busy}
                  aria-label={t('speakers.up', { name: name(speaker) })}
                  onClick={() => void commands.send('move-speaker', { member: speaker, position: i - 1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary icon"
                  disabled={i === n - 1 || commands.busy}
                  aria-label={t('speakers.down', { name: name(speaker) })}
                  onClick={() => void commands.send('move-speaker', { member: speaker, position: i + 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="secondary icon"
                  disabled={commands.busy}
                  aria-label={t('speakers.remove', { name: name(speaker) })}
                  onClick={() => void commands.send('remove-speaker', { member: speaker })}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="row">
        <label htmlFor="other-speaker">{t('speakers.other')}</label>
        <select id="other-speaker" value={other} onChange={(e) => setOther(e.target.value)}>
          <option value="">—</option>
          {participants.map((p) => (
            <option key={p} value={p}>
              {name(p)}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" disabled={!other || floor !== null} onClick={() => give(other)}>
          {t('speakers.giveFloor')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!other || state.speakers.includes(other)}
          onClick={() => void commands.send('add-speaker', { member: other })}
        >
          {t('speakers.add')}
        </button>
      </div>
      <PointsList state={state} commands={commands} />
      {state.statements.length > 0 ? (
        <>
          <h3>{t('speakers.made')}</h3>
          <ol className="statements">
            {state.statements.slice(-6).map((s, i) => (
              <li key={i}>
                {name(s.speaker)} — {t(`statement.${s.kind}`)}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
