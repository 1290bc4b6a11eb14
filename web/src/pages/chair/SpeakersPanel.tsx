/**
 * The speakers list: floor requests in order, the floor given with a timer running, and
 * the statement recorded when the speaker finishes (with its kind: statement, briefing,
 * explanation of vote, the President in its national capacity — R28).
 */
import { useState } from 'react';
import { Timer } from '../../components/Timer.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { nameOf, type SessionState } from '../../session/view.js';

const KINDS = ['statement', 'briefing', 'explanation-before-vote', 'explanation-after-vote', 'national-capacity'] as const;
type Kind = (typeof KINDS)[number];
const LIMITS = [120, 180, 300, 420];

export function SpeakersPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName } = useI18n();
  const [floor, setFloor] = useState<{ speaker: string; since: number } | null>(null);
  const [kind, setKind] = useState<Kind>('statement');
  const [limit, setLimit] = useState(300);
  const [other, setOther] = useState('');
  const name = (id: string) => stateName(id, nameOf(state, id));
  const participants = [
    ...(state.session?.members.map((m) => m.code) ?? []),
    ...state.invitations.filter((i) => i.status === 'invited').map((i) => i.invitee),
  ];
  const endStatement = () => {
    if (!floor) return;
    void commands.send('make-statement', { speaker: floor.speaker, kind }).then((r) => r.ok && setFloor(null));
  };
  return (
    <section className="card" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('speakers.heading')}</h2>
      {floor ? (
        <div className="floor" role="region" aria-label={t('speakers.onFloor')}>
          <p>
            <strong>{t('speakers.speaking', { name: name(floor.speaker) })}</strong> <Timer startedAt={floor.since} limitSeconds={limit} />
          </p>
          <div className="row">
            <label htmlFor="statement-kind">{t('speakers.kind')}</label>
            <select id="statement-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`statement.${k}`)}
                </option>
              ))}
            </select>
            <button type="button" onClick={endStatement} disabled={commands.busy}>
              {t('speakers.end')}
            </button>
          </div>
        </div>
      ) : null}
      {state.speakers.length === 0 ? (
        <p className="help">{t('speakers.empty')}</p>
      ) : (
        <ol className="speakers">
          {state.speakers.map((speaker) => (
            <li key={speaker}>
              {name(speaker)}{' '}
              <button type="button" className="link-button" disabled={floor !== null}
                onClick={() => setFloor({ speaker, since: Date.now() })}
                aria-label={t('speakers.giveFloorTo', { name: name(speaker) })}>
                {t('speakers.giveFloor')}
              </button>
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
        <button type="button" className="secondary" disabled={!other || floor !== null} onClick={() => setFloor({ speaker: other, since: Date.now() })}>
          {t('speakers.giveFloor')}
        </button>
      </div>
      <div className="row">
        <label htmlFor="time-limit">{t('speakers.limit')}</label>
        <select id="time-limit" value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          {LIMITS.map((s) => (
            <option key={s} value={s}>
              {t('speakers.minutes', { n: s / 60 })}
            </option>
          ))}
        </select>
      </div>
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
