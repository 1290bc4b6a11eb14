/**
 * The thin seam between sessions and the rules engine (src/rules/decide.ts): every vote
 * the engine records is decided there, never by arithmetic of our own.
 */
import { decideGeneralAssembly, decideHrcVote, decideSecurityCouncil } from '../rules/decide.js';
import { err, type Result, type RuleError } from '../rules/result.js';
import type { Decision } from '../rules/types.js';
import type { VoteQuestion } from './context.js';
import type { CommandErrorCode } from '../protocol/errors.js';

export interface RulesOptions {
  /**
   * Spec R23: 'record-only' replays history faithfully; 'strict' refuses a party's yes/no.
   * Sessions pass no dispute today, so this only matters once one is added.
   */
  obligatoryAbstentionMode?: 'strict' | 'record-only';
}

/** Decide a session's vote: Charter Art. 27 for the Council (R18-R22), Art. 18 for the GA (R52-R55), GA res 60/251 para. 11 for the HRC. */
export function decideVote(q: VoteQuestion, options: RulesOptions = {}): Result<Decision, RuleError<CommandErrorCode>> {
  if (q.body === 'security-council') {
    if (!q.ballots)
      return err({ code: 'ballots-incomplete', message: "a Security Council vote needs every member's ballot", rule: 'spec R18' });
    const names = new Map(q.members.map((m) => [m.code, m.name]));
    return decideSecurityCouncil(
      {
        composition: { date: q.date, seats: q.members.map((m) => ({ code: m.code, permanent: m.permanent })) },
        matter: q.matter,
        ballots: q.ballots,
      },
      { nameOf: (code) => names.get(code) ?? code, obligatoryAbstentionMode: options.obligatoryAbstentionMode ?? 'strict' },
    );
  }
  const counts = q.ballots
    ? { ballots: q.ballots }
    : q.tally
      ? { tally: { yes: q.tally.yes, no: q.tally.no, abstain: q.tally.abstain } }
      : {};
  const membership = q.members.length > 0 ? { membership: q.members.length } : {};
  const decided =
    q.body === 'human-rights-council'
      ? // The Human Rights Council: simple majority under GA res 60/251 para. 11.
        decideHrcVote({ ...counts, ...membership })
      : decideGeneralAssembly({
          body: q.body === 'general-assembly' ? 'general-assembly' : 'ga-main-committee',
          // Committees decide by simple majority whatever the plenary will need (spec R55).
          majority: q.majority ?? 'simple',
          ...counts,
          ...membership,
        });
  if (!decided.ok) return decided;
  // Keep only the Decision fields: events carry the shared vocabulary.
  const { presentAndVoting: _pv, recommendation: _rec, ...decision } = decided.value;
  return { ok: true, value: decision };
}
