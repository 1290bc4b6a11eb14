/**
 * The Model UN caucus in the console (practice: Model UN), only in a MUN session: the caucus
 * under way with its countdown from the server's clock; in a moderated caucus, the floor for
 * the caucus's speaking time; ending it early; and the chair's own caucus motions.
 */
import { useState } from 'react';
import { CaucusClock } from '../../components/CaucusClock.js';
import { CaucusMotionForm } from '../../components/CaucusMotionForm.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { nameOf, type SessionState } from '../../session/view.js';

export function CaucusPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName } = useI18n();
  const [speaker, setSpeaker] = useState('');
  if (state.session?.practice !== 'mun' || state.phase !== 'open') return null;
  const caucus = state.caucus;
  const members = state.session.members.map((m) => m.code);
  return (
    <section className="card" aria-labelledby="caucus-heading" data-testid="caucus-panel">
      <h2 id="caucus-heading">{t('caucus.heading')}</h2>
      <p className="help">{t('caucus.practiceNote')}</p>
      {caucus ? (
        <>
          <CaucusClock state={state} />
          {caucus.kind === 'moderated' ? (
            <div className="row">
              <label htmlFor="caucus-speaker">{t('caucus.nextSpeaker')}</label>
              <select id="caucus-speaker" value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
                <option value="">—</option>
                {members.map((code) => (
                  <option key={code} value={code}>
                    {stateName(code, nameOf(state, code))}
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={commands.busy || !speaker || state.floor !== null || state.openVote !== null}
                onClick={() => void commands.send('give-floor', { member: speaker })}
              >
                {t('caucus.giveFloor')}
              </button>
            </div>
          ) : null}
          <div className="row">
            <button
              type="button"
              className="secondary"
              disabled={commands.busy || state.openVote !== null}
              onClick={() => void commands.send('end-caucus')}
            >
              {t('caucus.end')}
            </button>
          </div>
        </>
      ) : null}
      <h3>{t(caucus ? 'caucus.extendHeading' : 'caucus.chairMoves')}</h3>
      <CaucusMotionForm state={state} commands={commands} by="chair" />
    </section>
  );
}
