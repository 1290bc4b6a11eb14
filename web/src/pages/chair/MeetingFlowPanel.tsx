/**
 * The life of a meeting, one step at a time: a request under Rule 2 or 3 and its whip
 * count, scheduling, opening, the provisional agenda (adopted without a vote, or put to a
 * procedural vote on an objection, R13), invitations under Rules 37 and 39, and the end.
 */
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { nameOf, type SessionState } from '../../session/view.js';
import { AgendaStep } from './AgendaStep.js';
import { InvitationsForm } from './InvitationsForm.js';
import { RequestStep } from './RequestStep.js';
import { checkFeature } from '../../../../src/rules/index.js';
import { bodyKind } from '../../../../src/sessions/index.js';

export function MeetingFlowPanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName, list } = useI18n();
  const session = state.session!;
  const arria = session.format === 'arria';
  const formal = session.format === 'public' || session.format === 'private';
  const phase = state.phase;
  const before = phase === 'pending' || phase === 'scheduled';
  const names = (codes: string[]) => list(codes.map((c) => stateName(c, nameOf(state, c))));
  // Only what the body's rules have: Council requests, agenda votes and Rule 37 invitations are the Council's.
  const allows = (feature: 'meeting-request' | 'agenda-vote' | 'rule-37-invitation') => checkFeature(bodyKind(state), feature).ok;
  return (
    <section className="card" aria-labelledby="flow-heading">
      <h2 id="flow-heading">{t('flow.heading')}</h2>
      {phase === 'pending' && !arria && allows('meeting-request') ? <RequestStep state={state} commands={commands} /> : null}
      {before ? (
        <div className="row">
          <button type="button" onClick={() => void commands.send('open-meeting')} disabled={commands.busy}>
            {t('flow.open')}
          </button>
        </div>
      ) : null}
      {phase === 'open' && formal && allows('agenda-vote') ? (
        <>
          <AgendaStep state={state} commands={commands} />
          {state.agenda.status === 'proposed' && state.agenda.objections.length > 0 ? (
            <p className="notice">{t('flow.objectionsBy', { names: names(state.agenda.objections) })}</p>
          ) : null}
          <InvitationsForm state={state} commands={commands} />
        </>
      ) : null}
      {phase === 'withdrawn' ? <p>{t('flow.withdrawn')}</p> : null}
      <div className="row">
        {phase === 'open' ? (
          <button type="button" className="secondary" onClick={() => void commands.send('suspend-meeting')} disabled={commands.busy}>
            {t('flow.suspend')}
          </button>
        ) : null}
        {phase === 'suspended' ? (
          <button type="button" onClick={() => void commands.send('resume-meeting')} disabled={commands.busy}>
            {t('flow.resume')}
          </button>
        ) : null}
        {phase === 'open' || phase === 'suspended' ? (
          <>
            <ConfirmButton
              className="secondary"
              label={t('flow.adjourn')}
              consequence={t('confirm.adjourn')}
              onConfirm={() => void commands.send('adjourn-meeting')}
              disabled={commands.busy}
            />
            <ConfirmButton
              className="secondary"
              label={t('flow.close')}
              consequence={t('confirm.close')}
              onConfirm={() => void commands.send('close-meeting')}
              disabled={commands.busy}
            />
          </>
        ) : null}
      </div>
    </section>
  );
}
