/**
 * A vote on screen: the question, the threshold, the horseshoe lit seat by seat, the
 * running count and the outcome with its reason. The count and the outcome are live
 * regions, so a screen reader hears the result when the chair closes the vote.
 */
import type { BallotValue } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import { matterWord, outcomeWords } from '../session/outcome.js';
import type { Member, VoteOnScreen } from '../session/view.js';
import { ballotLooks } from './ballotStyle.js';
import { Horseshoe } from './Horseshoe.js';
import { VoteTable } from './VoteTable.js';

interface Props {
  members: Member[];
  president: string | null;
  vote: VoteOnScreen | null;
  /** Show the per-member table on screen (console) or only to screen readers (board). */
  tableVisible?: boolean;
  headingLevel?: 2 | 3;
}

export function requiredVotes(members: number): number {
  // Charter Art. 27(2)-(3): nine of fifteen; seven of eleven before 1966 (spec R3). Display only.
  return members >= 15 ? 9 : members === 11 ? 7 : Math.floor(members / 2) + 1;
}

export function countBallots(members: Member[], ballots: Readonly<Record<string, BallotValue>>) {
  const counts = { yes: 0, no: 0, abstain: 0, other: 0, pending: 0 };
  for (const m of members) {
    const b = ballots[m.code];
    if (b === 'yes' || b === 'no' || b === 'abstain') counts[b] += 1;
    else if (b) counts.other += 1;
    else counts.pending += 1;
  }
  return counts;
}

export function VoteBoard({ members, president, vote, tableVisible = false, headingLevel = 2 }: Props) {
  const { t, stateName, list } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ballots = vote?.ballots ?? {};
  const decision = vote?.decision ?? null;
  const required = decision?.required ?? requiredVotes(members.length);
  const counts = countBallots(members, ballots);
  const names = (codes: string[]) => list(codes.map((c) => stateName(c, members.find((m) => m.code === c)?.name)));
  const words = decision && vote ? outcomeWords(decision, vote.matter, t, names) : null;
  const status = !vote ? t('board.noVote') : vote.open ? t('board.voteOpen') : t('board.voteClosed');

  return (
    <section className="vote-board" aria-labelledby="vote-question">
      <Heading id="vote-question" className="vote-question">
        {vote ? vote.question : t('board.noVote')}
      </Heading>
      <p className="vote-meta">
        <span className={`pill ${vote?.open ? 'pill-open' : 'pill-closed'}`}>{status}</span>
        {vote?.matter ? <span className="pill">{matterWord(vote.matter, t)}</span> : null}
        <span className="threshold">{t('board.needed', { required })}</span>
      </p>
      <p className="tally" aria-live="polite" aria-atomic="true" data-testid="tally">
        <span className="count b-yes">{t('count.yes', { n: counts.yes })}</span>
        <span className="count b-no">{t('count.no', { n: counts.no })}</span>
        <span className="count b-abstain">{t('count.abstain', { n: counts.abstain })}</span>
        {counts.other > 0 ? <span className="count">{t('count.other', { n: counts.other })}</span> : null}
        {vote?.open ? <span className="count">{t('count.pending', { n: counts.pending })}</span> : null}
      </p>
      <Horseshoe
        members={members}
        president={president}
        marks={ballotLooks(ballots)}
        centre={words ? words.headline : t('board.needed', { required })}
        {...(words ? { centreDetail: words.reason } : {})}
      />
      <div className={`outcome ${decision ? (decision.outcome === 'adopted' ? 'outcome-adopted' : 'outcome-rejected') : 'outcome-none'}`}
        role="status" aria-live="polite" aria-atomic="true" data-testid="outcome">
        {words ? (
          <>
            <p className="outcome-headline">{words.headline}</p>
            <p className="outcome-reason">{words.reason}</p>
          </>
        ) : null}
      </div>
      <VoteTable members={members} ballots={ballots} visible={tableVisible} />
    </section>
  );
}
