/**
 * Votes: call one (procedural or substantive), watch the ballots arrive, close it, and
 * read the engine's explanation of the outcome with the rules that decided it.
 */
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { VoteBoard } from '../../components/VoteBoard.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { currentVote, isAssembly, members, presentSet, type Matter, type SessionState } from '../../session/view.js';
import { AmendmentForm } from './AmendmentForm.js';
import { DraftForm } from './DraftForm.js';
import { DivisionPanel } from './DivisionPanel.js';
import { TextsUnderConsideration } from '../../components/TextsUnderConsideration.js';
import { Explanation } from './Explanation.js';
import { ForecastPanel } from './ForecastPanel.js';
import { checkMajority } from '../../../../src/rules/index.js';
import { bodyKind } from '../../../../src/sessions/index.js';

export function VotePanel({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName, list } = useI18n();
  const vote = currentVote(state);
  const absentees = state.openVote ? members(state).filter((m) => state.openVote!.ballots[m.code] === undefined) : [];
  const consultations = state.session?.format === 'consultations';
  return (
    <section className="card" aria-labelledby="votes-heading">
      <h2 id="votes-heading">{t('vote.heading')}</h2>
      {consultations ? <p className="notice">{t('vote.noVotesInConsultations')}</p> : null}
      {state.openVote ? (
        <div className="row">
          <ConfirmButton
            label={t('vote.close')}
            ask={absentees.length > 0}
            consequence={t('confirm.closeVote', { names: list(absentees.map((m) => stateName(m.code, m.name))) })}
            onConfirm={() => void commands.send('close-vote', { voteId: state.openVote!.voteId })}
            disabled={commands.busy}
          />
          <NotYetVoted state={state} />
        </div>
      ) : state.phase === 'open' && !consultations ? (
        <>
          <OpenVoteForm state={state} commands={commands} />
          <ForecastPanel state={state} />
        </>
      ) : null}
      <TextsUnderConsideration state={state} />
      {consultations ? null : <DivisionPanel state={state} commands={commands} />}
      {vote ? (
        <VoteBoard
          members={members(state)}
          president={state.session?.president ?? null}
          vote={vote}
          tableVisible
          headingLevel={3}
          assembly={isAssembly(state)}
          present={presentSet(state)}
          body={state.session?.body}
        />
      ) : (
        <p className="help">{t('board.noVote')}</p>
      )}
      {vote?.decision ? (
        <Explanation
          decision={vote.decision}
          matter={vote.matter}
          {...(state.session ? { body: state.session.body } : {})}
          {...(vote.majority === 'simple' || vote.majority === 'two-thirds' ? { majority: vote.majority } : {})}
        />
      ) : null}
    </section>
  );
}

function OpenVoteForm({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t } = useI18n();
  const [question, setQuestion] = useState('');
  const [matter, setMatter] = useState<Matter>('procedural');
  const [draftId, setDraftId] = useState('');
  const assembly = isAssembly(state);
  // Two-thirds is offered only where the body's rules have it (the plenary: Charter Art. 18(2)).
  const twoThirdsAllowed = assembly && checkMajority(bodyKind(state), 'two-thirds').ok;
  const [majority, setMajority] = useState<'simple' | 'two-thirds'>('simple');
  const drafts = state.drafts.filter((d) => d.status === 'submitted');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const draft = drafts.find((d) => d.draftId === draftId);
    const subject = draft ? { kind: 'draft', draftId: draft.draftId } : { kind: 'other' };
    const text = question.trim() || (draft ? t('vote.draftQuestion', { title: draft.symbol ?? draft.title }) : '');
    void commands
      .send('open-vote', {
        voteId: `vote-${state.votes.length + 1}`,
        question: text,
        subject,
        matter: draft ? draft.matter : matter,
        ...(assembly ? { majority: twoThirdsAllowed ? majority : 'simple' } : {}),
      })
      .then((r) => r.ok && setQuestion(''));
  };
  return (
    <>
      <form onSubmit={submit} className="stack subform" aria-labelledby="open-vote-heading">
        <h3 id="open-vote-heading">{t('vote.callHeading')}</h3>
        {drafts.length > 0 ? (
          <>
            <label htmlFor="vote-draft">{t('vote.onDraft')}</label>
            <select id="vote-draft" value={draftId} onChange={(e) => setDraftId(e.target.value)}>
              <option value="">{t('vote.noDraft')}</option>
              {drafts.map((d) => (
                <option key={d.draftId} value={d.draftId}>
                  {d.symbol ?? d.title}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor="vote-question">{t('vote.question')}</label>
        <input id="vote-question" value={question} onChange={(e) => setQuestion(e.target.value)} required={!draftId} />
        {twoThirdsAllowed ? (
          <fieldset className="inline">
            <legend>{t('vote.matter')}</legend>
            <label className="check">
              <input type="radio" name="vote-majority" checked={majority === 'simple'} onChange={() => setMajority('simple')} />
              {t('vote.majoritySimple')}
            </label>
            <label className="check">
              <input type="radio" name="vote-majority" checked={majority === 'two-thirds'} onChange={() => setMajority('two-thirds')} />
              {t('vote.majorityTwoThirds')}
            </label>
          </fieldset>
        ) : null}
        {draftId || assembly ? null : (
          <fieldset className="inline">
            <legend>{t('vote.matter')}</legend>
            <label className="check">
              <input type="radio" name="vote-matter" checked={matter === 'procedural'} onChange={() => setMatter('procedural')} />
              {t('matter.procedural')}
            </label>
            <label className="check">
              <input type="radio" name="vote-matter" checked={matter === 'non-procedural'} onChange={() => setMatter('non-procedural')} />
              {t('matter.nonProcedural')}
            </label>
          </fieldset>
        )}
        <button type="submit" disabled={commands.busy}>
          {t('vote.call')}
        </button>
      </form>
      <DraftForm state={state} commands={commands} />
      <AmendmentForm state={state} commands={commands} />
    </>
  );
}

/** Who has not voted yet: closing now records them as absent (spec R18), which is not a no. */
function NotYetVoted({ state }: { state: SessionState }) {
  const { t, stateName, list } = useI18n();
  const open = state.openVote;
  if (!open) return null;
  const missing = members(state).filter((m) => open.ballots[m.code] === undefined);
  if (missing.length === 0) return <span className="help">{t('vote.allVoted')}</span>;
  return <span className="help">{t('vote.notYetVoted', { names: list(missing.map((m) => stateName(m.code, m.name))) })}</span>;
}
