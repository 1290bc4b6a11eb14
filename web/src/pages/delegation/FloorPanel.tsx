/**
 * Ask for the floor, raise a point of order or ask for the right of reply; while this
 * delegation speaks, its remaining time and (under MUN practice) its yields.
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/index.js';
import { nameOf } from '../../session/view.js';
import { newCommandId } from '../../api/client.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';
import { SpeakersList } from '../../components/SpeakersList.js';

export function FloorPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t, stateName } = useI18n();
  const [yieldTo, setYieldTo] = useState('');
  const waiting = state.speakers.includes(code);
  const open = state.phase === 'open' || state.phase === 'pending' || state.phase === 'scheduled';
  const inSession = state.phase === 'open';
  const speaking = state.floor?.member === code;
  const mun = state.session?.practice === 'mun';
  const myPending = state.points.filter((p) => p.by === code && p.status === 'pending');
  const raise = (kind: 'order' | 'reply') =>
    void commands.send('raise-point', { pointId: `pt-${code}-${newCommandId().slice(0, 8)}`, kind });
  return (
    <section className="card" aria-labelledby="floor-heading">
      <h2 id="floor-heading">{t('speakers.heading')}</h2>
      {speaking ? (
        <div className="row">
          <button type="button" onClick={() => void commands.send('end-statement')} disabled={commands.busy}>
            {t('floor.endMine')}
          </button>
          {mun ? (
            <button
              type="button"
              className="secondary"
              onClick={() => void commands.send('yield-floor', { to: 'questions' })}
              disabled={commands.busy}
            >
              {t('floor.yieldQuestions')}
            </button>
          ) : null}
        </div>
      ) : null}
      {speaking && mun ? (
        <div className="row">
          <label htmlFor="yield-to">{t('floor.yieldTo')}</label>
          <select id="yield-to" value={yieldTo} onChange={(e) => setYieldTo(e.target.value)}>
            <option value="">—</option>
            {(state.session?.members ?? [])
              .filter((m) => m.code !== code)
              .map((m) => (
                <option key={m.code} value={m.code}>
                  {stateName(m.code, nameOf(state, m.code))}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="secondary"
            disabled={!yieldTo || commands.busy}
            onClick={() => void commands.send('yield-floor', { to: 'speaker', member: yieldTo })}
          >
            {t('floor.yield')}
          </button>
        </div>
      ) : null}
      {speaking ? null : (
        <button type="button" disabled={waiting || commands.busy || !open} onClick={() => void commands.send('request-floor')}>
          {waiting ? t('delegation.onList') : t('delegation.askFloor')}
        </button>
      )}
      <div className="row">
        <button type="button" className="secondary" disabled={!inSession || commands.busy} onClick={() => raise('order')}>
          {t('points.raiseOrder')}
        </button>
        <button type="button" className="secondary" disabled={!inSession || commands.busy} onClick={() => raise('reply')}>
          {t('points.raiseReply')}
        </button>
      </div>
      {myPending.length > 0 ? (
        <p className="help" role="status">
          {t('points.waiting')}
        </p>
      ) : null}
      <SpeakersList state={state} highlight={code} />
    </section>
  );
}
