/**
 * The roll call on the chair's console (GA rules 67 and 108; spec R62): call the roll, watch the
 * answers arrive from the delegations' phones, record one for a delegation without a device, and
 * read the quorum and the majority base as the rules compute them. Offered only where the body's
 * rules have a roll call (not in the Security Council).
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { members, type SessionState } from '../../session/view.js';
import { checkFeature, hrcQuorum, summariseAttendance } from '../../../../src/rules/index.js';
import { bodyKind } from '../../../../src/sessions/index.js';

/** Present, present and voting, and the quorum to decide, as the rules count them. */
export function attendanceNow(state: SessionState) {
  const body = bodyKind(state);
  if (!state.roll || body === 'security-council') return null;
  const membership = members(state).length;
  const answers = state.roll.answers;
  if (body === 'human-rights-council') {
    const present = Object.keys(answers).length;
    return {
      present,
      presentAndVoting: Object.values(answers).filter((a) => a === 'present-and-voting').length,
      membership,
      quorum: hrcQuorum(present, 'decision', membership),
    };
  }
  const s = summariseAttendance(body, membership, answers);
  return { present: s.present, presentAndVoting: s.presentAndVoting, membership, quorum: s.decisionQuorum };
}

export function RollCallPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName } = useI18n();
  const [member, setMember] = useState('');
  if (!checkFeature(bodyKind(state), 'roll-call').ok) return null;
  const now = attendanceNow(state);
  const waiting = members(state).filter((m) => !state.roll?.answers[m.code]);
  const record = (attendance: 'present' | 'present-and-voting') => {
    if (member) void commands.send('answer-roll', { attendance, member }).then((r) => r.ok && setMember(''));
  };
  return (
    <section className="card" aria-labelledby="roll-heading">
      <h2 id="roll-heading">{t('roll.heading')}</h2>
      <button
        type="button"
        onClick={() => void commands.send('call-roll', { rollId: `roll-${Date.now()}` })}
        disabled={commands.busy || state.phase !== 'open' || !!state.openVote}
      >
        {t('roll.call')}
      </button>
      {now ? (
        <p className="help" aria-live="polite" data-testid="roll-summary">
          {t('roll.summary', {
            present: now.present,
            membership: now.membership,
            presentAndVoting: now.presentAndVoting,
            required: now.quorum.required,
            rule: now.quorum.rule,
            met: t(now.quorum.met ? 'roll.met' : 'roll.notMet'),
          })}
        </p>
      ) : (
        <p className="help">{t('roll.notCalled')}</p>
      )}
      {state.roll && waiting.length > 0 ? (
        <div className="row">
          <label htmlFor="roll-member">{t('roll.recordFor')}</label>
          <select id="roll-member" value={member} onChange={(e) => setMember(e.target.value)}>
            <option value="">—</option>
            {waiting.map((m) => (
              <option key={m.code} value={m.code}>
                {stateName(m.code, m.name)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => record('present')} disabled={!member || commands.busy}>
            {t('roll.present')}
          </button>
          <button type="button" onClick={() => record('present-and-voting')} disabled={!member || commands.busy}>
            {t('roll.presentAndVoting')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
