/**
 * Arria-formula webcasting (spec R43): the UN webcasts the meeting only if all Council
 * members agree; one objection keeps it off UN Web TV while the meeting itself goes ahead.
 */
import { decideArriaWebcast, type WebcastStance } from '../../rules/security-council/arria.js';
import { event } from '../events.js';
import { composition } from '../state.js';
import { emit, nothing, refuse, refusedByRule, requireChair, requireMemberDelegation, stamp, type Handler } from './shared.js';

export const consentWebcast: Handler<'consent-webcast'> = (state, c) => {
  if (state.session!.format !== 'arria') return refuse('not-arria', 'webcast consent is asked only for Arria-formula meetings', 'spec R43');
  const denied = requireMemberDelegation(state, c, 'consent to the webcast');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.webcast.decision) return refuse('already-decided', 'the webcast has been decided');
  if (state.phase === 'closed' || state.phase === 'withdrawn') return refuse('wrong-phase', `the meeting is ${state.phase}`);
  const member = c.actor.role === 'delegation' ? c.actor.code : '';
  if (state.webcast.consents[member] === c.consent) return nothing();
  return emit(event('webcast-consent-given.v1', { ...stamp(c), member, consent: c.consent }));
};

/** Unanimity of the Council members, permanent or elected alike; silence is not consent. */
export const decideWebcast: Handler<'decide-webcast'> = (state, c) => {
  if (state.session!.format !== 'arria') return refuse('not-arria', 'webcast consent is asked only for Arria-formula meetings', 'spec R43');
  const denied = requireChair(c, 'decide the webcast', 'spec R43');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.webcast.decision) return refuse('already-decided', 'the webcast has been decided');
  const stances: Record<string, WebcastStance> = {};
  for (const [member, consent] of Object.entries(state.webcast.consents)) stances[member] = consent ? 'consent' : 'object';
  const decided = decideArriaWebcast(composition(state), stances);
  if (!decided.ok) return refusedByRule(decided.error);
  const { webcast, objectors, silent, explanation } = decided.value;
  return emit(event('webcast-decided.v1', { ...stamp(c), webcast, objectors, missing: silent, explanation }));
};
