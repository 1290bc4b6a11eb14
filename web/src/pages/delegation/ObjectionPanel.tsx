/** A member may object to the provisional agenda (R13) or to an invitation (R35): the chair must then put it to a vote. */
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

export function ObjectionPanel({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const isMember = state.session?.members.some((m) => m.code === code) ?? false;
  const agendaOpen = state.agenda.status === 'proposed' && !state.openVote;
  const invitations = state.invitations.filter((i) => i.status === 'proposed');
  if (!isMember || (!agendaOpen && invitations.length === 0)) return null;
  const objected = state.agenda.objections.includes(code);
  return (
    <section className="card" aria-labelledby="objection-heading">
      <h2 id="objection-heading">{t('delegation.objectionsHeading')}</h2>
      {agendaOpen ? (
        <p>
          <button
            type="button"
            className="secondary"
            disabled={objected || commands.busy}
            onClick={() => void commands.send('object-to-agenda')}
          >
            {objected ? t('delegation.objectedAgenda') : t('delegation.objectAgenda')}
          </button>
        </p>
      ) : null}
      {invitations.map((i) => {
        const done = i.objections.includes(code);
        return (
          <p key={i.invitee}>
            <button
              type="button"
              className="secondary"
              disabled={done || commands.busy}
              onClick={() => void commands.send('object-to-invitation', { invitee: i.invitee })}
            >
              {done ? t('delegation.objectedInvitation', { name: i.name }) : t('delegation.objectInvitation', { name: i.name })}
            </button>
          </p>
        );
      })}
    </section>
  );
}
