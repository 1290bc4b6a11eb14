/** The three buttons that matter: yes, no, abstain on the open vote; the ballot may change until the vote closes. */
import type { BallotValue } from '../../api/types.js';
import { BALLOT_LOOK } from '../../components/ballotStyle.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { outcomeWords, questionText } from '../../session/outcome.js';
import { currentVote, isAssembly, type SessionState } from '../../session/view.js';

const CHOICES: BallotValue[] = ['yes', 'no', 'abstain'];

interface Props {
  state: SessionState;
  code: string;
  commands: Commands;
  pendingKey: string;
}

export function BallotPanel({ state, code, commands, pendingKey }: Props) {
  const { t, states, known } = useI18n();
  const vote = currentVote(state);
  const isMember = state.session?.members.some((m) => m.code === code) ?? false;
  if (!vote) {
    return (
      <section className="card" aria-labelledby="ballot-heading">
        <h2 id="ballot-heading">{t('delegation.voteHeading')}</h2>
        <p>{t('delegation.noVote')}</p>
      </section>
    );
  }
  const mine = vote.ballots[code];
  const cast = (ballot: BallotValue) => void commands.send('cast-ballot', { voteId: vote.voteId, ballot }, pendingKey);
  const assembly = isAssembly(state) ? { majority: vote.majority ?? 'simple' } : undefined;
  const words = vote.decision
    ? outcomeWords(vote.decision, vote.matter, t, (codes) => states(codes, 'of'), assembly, state.session?.body)
    : null;
  return (
    <section className="card" aria-labelledby="ballot-heading">
      <h2 id="ballot-heading">{t('delegation.voteHeading')}</h2>
      <p className="question" id="ballot-question">
        {questionText(vote, t, known)}
      </p>
      {vote.open && isMember ? (
        <>
          <div className="ballot-buttons" role="group" aria-label={t('delegation.ballotGroup')} aria-describedby="ballot-question">
            {CHOICES.filter((choice) => !(choice === 'abstain' && state.roll?.answers[code] === 'present-and-voting')).map((choice) => {
              const look = BALLOT_LOOK[choice];
              return (
                <button
                  key={choice}
                  type="button"
                  className={`ballot-button ${look.className}`}
                  aria-pressed={mine === choice}
                  disabled={commands.busy}
                  onClick={() => cast(choice)}
                  data-ballot={choice}
                >
                  <span aria-hidden="true">{look.glyph}</span> {t(look.word)}
                </button>
              );
            })}
          </div>
          <p className="my-ballot" role="status" data-testid="my-ballot" data-ballot={mine ?? ''}>
            {commands.busy
              ? t('delegation.sending')
              : mine
                ? t('delegation.yourBallot', { ballot: t(BALLOT_LOOK[mine].word) })
                : t('delegation.notVoted')}
          </p>
          <p className="help">{t('delegation.changeHelp')}</p>
        </>
      ) : null}
      {vote.open && !isMember ? <p>{t('delegation.notMember')}</p> : null}
      {!vote.open && words ? (
        <div role="status">
          <p className="outcome-headline">{words.headline}</p>
          <p>{words.reason}</p>
          {mine ? <p>{t('delegation.yourBallot', { ballot: t(BALLOT_LOOK[mine].word) })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
