import { err, ok, type Result, type RuleError } from '../result.js';
import type { Composition, StateCode } from '../types.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const ARRIA_ERRORS = ['arria-needs-council-convener', 'not-a-council-member'] as const;
export type ArriaError = RuleError<(typeof ARRIA_ERRORS)[number]>;

export type WebcastStance = 'consent' | 'object';

export interface ArriaWebcast {
  webcast: boolean;
  objectors: StateCode[];
  /** Members who gave no answer: unanimity needs every member's consent. */
  silent: StateCode[];
  /** The meeting goes ahead in person whatever the webcast answer. */
  heldInPerson: true;
  explanation: string;
}

/**
 * Who convenes an Arria-formula meeting (spec R43 [P]): the members named, or, when none is
 * named, the President of the month, so a meeting created without conveners still has one.
 */
export function arriaConveners(named: readonly StateCode[] | undefined, president: StateCode | undefined): StateCode[] {
  if (named && named.length > 0) return [...named];
  return president ? [president] : [];
}

/**
 * Convening an Arria-formula meeting (spec R43): informal, so no consensus is needed to hold it,
 * but at least one convener must sit on the Council; the convener chairs.
 */
export function holdArriaMeeting(
  composition: Composition,
  conveners: readonly StateCode[],
): Result<{ held: true; chair: StateCode; councilConveners: StateCode[] }, ArriaError> {
  const seated = new Set(composition.seats.map((s) => s.code));
  const councilConveners = conveners.filter((c) => seated.has(c));
  if (councilConveners.length === 0) {
    return err({
      code: 'arria-needs-council-convener',
      message: 'an Arria-formula meeting must be convened by at least one Council member',
      rule: 'spec R43',
    });
  }
  return ok({ held: true, chair: councilConveners[0]!, councilConveners });
}

/**
 * UN webcast of an Arria-formula meeting (spec R43; T37): every Council member must consent;
 * one objection, permanent or elected alike, blocks it. Not a vote: no Charter majority applies.
 */
export function decideArriaWebcast(
  composition: Composition,
  stances: Readonly<Record<StateCode, WebcastStance>>,
): Result<ArriaWebcast, ArriaError> {
  const seated = composition.seats.map((s) => s.code);
  const stranger = Object.keys(stances).find((c) => !seated.includes(c));
  if (stranger) {
    return err({
      code: 'not-a-council-member',
      message: `${stranger} is not a Council member; only members' consent counts for the webcast`,
      rule: 'spec R43',
    });
  }
  const objectors = seated.filter((c) => stances[c] === 'object');
  const silent = seated.filter((c) => stances[c] === undefined);
  const webcast = objectors.length === 0 && silent.length === 0;
  const explanation = webcast
    ? `All ${seated.length} members consent: the meeting is webcast.`
    : objectors.length > 0
      ? `Not webcast: ${objectors.join(', ')} ${objectors.length === 1 ? 'objects' : 'object'}; all members must consent. The meeting is held in person.`
      : `Not webcast: ${silent.join(', ')} gave no consent; all members must consent. The meeting is held in person.`;
  return ok({ webcast, objectors, silent, heldInPerson: true, explanation });
}
