/**
 * A vote on screen: the question, the threshold, the horseshoe lit seat by seat, the
 * running count and the outcome with its reason. The count and the outcome are live
 * regions, so a screen reader hears the result when the chair closes the vote.
 */
import type { BallotValue } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import { centreWord, matterWord, outcomeWords, questionText, tallyText, type OutcomeBody } from '../session/outcome.js';
import type { Translate } from '../i18n/index.js';
import type { Member, VoteOnScreen } from '../session/view.js';
import { ballotLooks } from './ballotStyle.js';
import { Horseshoe } from './Horseshoe.js';
import { VoteTable } from './VoteTable.js';
import { HallBoard } from './HallBoard.js';
import { scThresholds, simpleMajorityRequired, tallyBallots, twoThirdsRequired } from '../../../src/rules/index.js';

interface Props {
  members: Member[];
  president: string | null;
  vote: VoteOnScreen | null;
  /** Show the per-member table on screen (console) or only to screen readers (board). */
  tableVisible?: boolean;
  headingLevel?: 2 | 3;
  /** A General Assembly, Main Committee or Human Rights Council vote: a majority of those present and voting; the Hall board. */
  assembly?: boolean;
  /** Who answered the roll call, when it was taken: the others show as absent on the Hall board. */
  present?: ReadonlySet<string> | null;
  /** The session's body: its word for the outcome (a Main Committee approves; src/rules/bodies/profile.ts). */
  body?: OutcomeBody;
}

/** Affirmative votes a Council of this size needs (Art. 27; spec R3), from the rules engine itself. */
export function requiredVotes(members: number): number | null {
  const thresholds = scThresholds(members);
  return thresholds.ok ? thresholds.value.affirmative : null;
}

/** The running count of an open vote: the rule's tally of the ballots cast, and the members yet to vote. */
export function countBallots(members: Member[], ballots: Readonly<Record<string, BallotValue>>) {
  const cast = members.flatMap((m) => (ballots[m.code] ? [ballots[m.code]!] : []));
  const tally = tallyBallots(cast);
  return {
    yes: tally.yes,
    no: tally.no,
    abstain: tally.abstain,
    other: tally.nonParticipation + tally.absent,
    pending: members.length - cast.length,
  };
}

export function VoteBoard({
  members,
  president,
  vote,
  tableVisible = false,
  headingLevel = 2,
  assembly = false,
  present = null,
  body,
}: Props) {
  const { t, stateName, states, known } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ballots = vote?.ballots ?? {};
  const decision = vote?.decision ?? null;
  const required = decision?.required ?? requiredVotes(members.length);
  // Once decided, the engine's tally is the count (a GA vote may be known only by its totals).
  const counts = decision
    ? { ...decision.tally, other: decision.tally.nonParticipation + decision.tally.absent, pending: 0 }
    : countBallots(members, ballots);
  const vetoers = (codes: string[]) => states(codes, 'of');
  const majority = vote?.majority ?? 'simple';
  const words = decision && vote ? outcomeWords(decision, vote.matter, t, vetoers, assembly ? { majority } : undefined, body) : null;
  const threshold = assembly
    ? t(majority === 'two-thirds' ? 'board.gaTwoThirds' : 'board.gaSimple')
    : required === null
      ? ''
      : t('board.needed', { required });
  // The running majority: of those present and voting so far (GA rules 83-86; abstentions out).
  const pv = counts.yes + counts.no;
  const running = majority === 'two-thirds' ? twoThirdsRequired(pv) : simpleMajorityRequired(pv);
  const hall = assembly && members.length > 15;
  const status = !vote ? t('board.noVote') : vote.open ? t('board.voteOpen') : t('board.voteClosed');

  return (
    <section className="vote-board" aria-labelledby="vote-question">
      <Heading id="vote-question" className="vote-question">
        {vote ? questionText(vote, t, known) : t('board.noVote')}
      </Heading>
      <p className="vote-meta">
        <span className={`pill ${vote?.open ? 'pill-open' : 'pill-closed'}`}>{status}</span>
        {vote?.matter && !assembly ? <span className="pill">{matterWord(vote.matter, t)}</span> : null}
        <span className="threshold">{threshold}</span>
      </p>
      {assembly && vote?.open && vote.firstToVote ? (
        <p className="help" data-testid="first-to-vote">
          {t('vote.firstToVote', { name: stateName(vote.firstToVote, members.find((m) => m.code === vote.firstToVote)?.name) })}
        </p>
      ) : null}
      {assembly && vote ? (
        <p className="majority-line" data-testid="majority-required">
          {t('board.majorityRequired', { required: running, presentAndVoting: pv })}
        </p>
      ) : null}
      <p className="tally" aria-live="polite" aria-atomic="true" data-testid="tally">
        <span className="count b-yes">{t('count.yes', { n: counts.yes })}</span>
        <span className="count b-no">{t('count.no', { n: counts.no })}</span>
        <span className="count b-abstain">{t('count.abstain', { n: counts.abstain })}</span>
        {counts.other > 0 && !assembly ? <span className="count">{t('count.other', { n: counts.other })}</span> : null}
        {vote?.open ? <span className="count">{t('count.pending', { n: counts.pending })}</span> : null}
      </p>
      {assembly ? (
        hall ? (
          <HallBoard members={members} ballots={ballots} present={present} />
        ) : (
          <AssemblyTally counts={counts} verdict={decision ? centreWord(decision, t, body) : null} />
        )
      ) : (
        <Horseshoe
          members={members}
          president={president}
          marks={ballotLooks(ballots)}
          centre={centreLines(vote, required, counts.yes, t, body)}
        />
      )}
      <div
        className={`outcome ${decision ? (decision.outcome === 'adopted' ? 'outcome-adopted' : 'outcome-rejected') : 'outcome-none'}`}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="outcome"
      >
        {words ? (
          <>
            <p className="outcome-headline">{keepTogether(words.headline, decision ? tallyText(decision.tally, t) : '')}</p>
            <p className="outcome-reason">{words.reason}</p>
          </>
        ) : null}
      </div>
      {/* The Hall board carries each seat's word for screen readers itself: no hidden twin table of 193 rows. */}
      {(assembly && Object.keys(ballots).length === 0) || (hall && !tableVisible) ? null : (
        <VoteTable members={members} ballots={ballots} visible={tableVisible} />
      )}
    </section>
  );
}

/**
 * The tally inside a sentence, kept on one line: "10-3-2" must not break at its hyphens, and
 * it reads yes-no-abstain from the left in every language (isolated, or an Arabic sentence
 * would show "2-3-10").
 */
function keepTogether(sentence: string, figures: string) {
  const at = figures ? sentence.indexOf(figures) : -1;
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      <span className="tally-figures" dir="ltr">
        {figures}
      </span>
      {sentence.slice(at + figures.length)}
    </>
  );
}

/** What the middle of the table says: the threshold while voting, then the outcome in three short lines. */
function centreLines(vote: VoteOnScreen | null, required: number | null, yes: number, t: Translate, body: OutcomeBody): string[] {
  if (!vote) return [];
  const decision = vote.decision;
  if (!decision) return required === null ? [t('count.yes', { n: yes })] : [t('board.needed', { required }), t('count.yes', { n: yes })];
  return [centreWord(decision, t, body), tallyText(decision.tally), matterWord(vote.matter, t)].filter(Boolean);
}

/** The Assembly's board: three large numbers, as the hall's screens show them. */
function AssemblyTally({ counts, verdict }: { counts: { yes: number; no: number; abstain: number }; verdict: string | null }) {
  const { t } = useI18n();
  return (
    <div className="assembly-tally" aria-hidden="true">
      <div className="big b-yes">
        <span>{counts.yes}</span>
        {t('ballot.yes')}
      </div>
      <div className="big b-no">
        <span>{counts.no}</span>
        {t('ballot.no')}
      </div>
      <div className="big b-abstain">
        <span>{counts.abstain}</span>
        {t('ballot.abstain')}
      </div>
      {verdict ? <p className="assembly-verdict">{verdict}</p> : null}
    </div>
  );
}
