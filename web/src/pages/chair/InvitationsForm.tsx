/**
 * Invitations: a state under Rule 37 (by its three-letter code) or a briefer under
 * Rule 39. Objections from members turn the decision into a procedural vote (R35, R37);
 * an invited state may decline, and the meeting goes on (R39).
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

type Rule = '37' | '39';

export function InvitationsForm({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName } = useI18n();
  const [rule, setRule] = useState<Rule>('37');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const stateCode = code.trim().toUpperCase();
    const invitee = rule === '37' ? stateCode : slug(name);
    const displayName = rule === '37' ? name.trim() || stateName(stateCode) : name.trim();
    const payload: Record<string, unknown> = { invitee, name: displayName, rule };
    if (rule === '39' && title.trim()) payload.title = title.trim();
    void commands.send('propose-invitation', payload).then((r) => {
      if (r.ok) {
        setCode('');
        setName('');
        setTitle('');
      }
    });
  };
  const proposed = state.invitations.filter((i) => i.status === 'proposed');
  return (
    <div className="stack subform">
      <h3 id="invite-heading">{t('invite.heading')}</h3>
      {state.invitations.length > 0 ? (
        <ul className="invitations">
          {state.invitations.map((i) => (
            <li key={i.invitee}>
              {t('invite.line', { name: stateName(i.invitee, i.name), rule: i.rule, status: t(`invite.status.${i.status}`) })}
              {i.objections.length > 0 ? ` — ${t('invite.objections', { n: i.objections.length })}` : ''}
              {i.status === 'proposed' && i.objections.length > 0 && !state.openVote ? (
                <button
                  type="button"
                  className="link-button"
                  disabled={commands.busy}
                  onClick={() =>
                    void commands.send('open-vote', {
                      voteId: `invitation-${state.votes.length + 1}`,
                      question: t('invite.voteQuestion', { name: stateName(i.invitee, i.name) }),
                      subject: { kind: 'invitation', invitee: i.invitee },
                      matter: 'procedural',
                    })
                  }
                >
                  {t('invite.putToVote')}
                </button>
              ) : null}
              {i.status === 'invited' && i.rule === '37' ? (
                <button
                  type="button"
                  className="link-button"
                  disabled={commands.busy}
                  onClick={() => void commands.send('decline-invitation', { invitee: i.invitee })}
                >
                  {t('invite.declined')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit} className="stack" aria-labelledby="invite-heading">
        <fieldset className="inline">
          <legend>{t('invite.rule')}</legend>
          <label className="check">
            <input type="radio" name="invite-rule" checked={rule === '37'} onChange={() => setRule('37')} />
            {t('invite.rule37')}
          </label>
          <label className="check">
            <input type="radio" name="invite-rule" checked={rule === '39'} onChange={() => setRule('39')} />
            {t('invite.rule39')}
          </label>
        </fieldset>
        {rule === '37' ? (
          <>
            <label htmlFor="invite-code">{t('invite.stateCode')}</label>
            <input
              id="invite-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              pattern="[A-Za-z]{3}"
              maxLength={3}
              required
              placeholder="PRK"
            />
          </>
        ) : null}
        <label htmlFor="invite-name">{rule === '37' ? t('invite.stateName') : t('invite.personName')}</label>
        <input id="invite-name" value={name} onChange={(e) => setName(e.target.value)} required={rule === '39'} />
        {rule === '39' ? (
          <>
            <label htmlFor="invite-title">{t('invite.personTitle')}</label>
            <input id="invite-title" value={title} onChange={(e) => setTitle(e.target.value)} />
          </>
        ) : null}
        <div className="row">
          <button type="submit" className="secondary" disabled={commands.busy}>
            {t('invite.propose')}
          </button>
          {proposed.length > 0 ? (
            <button type="button" disabled={commands.busy} onClick={() => void commands.send('decide-invitations')}>
              {t('invite.decide')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}

/** A stable id for a person invited under Rule 39. */
function slug(name: string): string {
  return (
    name
      .trim()
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'briefer'
  );
}
