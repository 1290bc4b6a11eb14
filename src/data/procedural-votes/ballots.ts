import type { Ballot, IsoDate, StateCode } from '../../rules/types.js';
import { councilOn } from '../composition.js';

/**
 * Ballots from the named minority: the sources name those voting no and abstaining, and
 * the published tally says everyone else voted yes. The rest of that day's Council
 * (data layer composition) gets yes; a test checks the counts against the tally.
 */
export function fromMinority(date: IsoDate, no: readonly StateCode[], abstain: readonly StateCode[]): Record<StateCode, Ballot> {
  const council = councilOn(date);
  if (!council.ok) throw new Error(`no Council composition for ${date}`);
  const out: Record<StateCode, Ballot> = {};
  for (const m of council.value) out[m.code] = no.includes(m.code) ? 'no' : abstain.includes(m.code) ? 'abstain' : 'yes';
  return out;
}

/** Ballots when every member is named. */
export function named(yes: readonly StateCode[], no: readonly StateCode[], abstain: readonly StateCode[]): Record<StateCode, Ballot> {
  const out: Record<StateCode, Ballot> = {};
  for (const c of yes) out[c] = 'yes';
  for (const c of no) out[c] = 'no';
  for (const c of abstain) out[c] = 'abstain';
  return out;
}

/** Ballots when the yes and no votes are named and everyone else on that day's Council abstained. */
export function fromYesNo(date: IsoDate, yes: readonly StateCode[], no: readonly StateCode[]): Record<StateCode, Ballot> {
  const council = councilOn(date);
  if (!council.ok) throw new Error(`no Council composition for ${date}`);
  const out: Record<StateCode, Ballot> = {};
  for (const m of council.value) out[m.code] = yes.includes(m.code) ? 'yes' : no.includes(m.code) ? 'no' : 'abstain';
  return out;
}
