import { simpleMajorityMet, twoThirdsMet } from './majorities.js';

/**
 * Quorum (GA rules 67 and 108; spec R62): debate needs a third of Members present in plenary
 * (a quarter in a Main Committee); any decision needs a majority of Members present.
 */
export function gaQuorum(input: { body: 'general-assembly' | 'ga-main-committee'; membership: number; present: number; stage: 'debate' | 'decision' }):
  { met: boolean; required: number; rule: string } {
  const rule = input.body === 'general-assembly' ? 'GA rule 67' : 'GA rule 108';
  const required = input.stage === 'decision'
    ? Math.floor(input.membership / 2) + 1
    : Math.ceil(input.membership / (input.body === 'general-assembly' ? 3 : 4));
  return { met: input.present >= required, required, rule };
}

/** Reconsideration at the same session needs two-thirds of those present and voting (GA rule 81 [123]; spec R62). */
export function reconsiderationCarried(yes: number, no: number): boolean {
  return twoThirdsMet(yes, no);
}

/**
 * A "no-action" motion is a motion to adjourn debate (GA rule 74 [116]; spec R62): adopted by
 * simple majority, it means the draft is not voted on.
 */
export function noActionMotion(yes: number, no: number): { adopted: boolean; draftStatus: 'no-action' | 'proceeds-to-vote' } {
  const adopted = simpleMajorityMet(yes, no);
  return { adopted, draftStatus: adopted ? 'no-action' : 'proceeds-to-vote' };
}
