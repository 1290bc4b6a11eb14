/**
 * The agenda (spec R12-R15): adopting it is the first item of every formal meeting
 * (Rule 9); an objection forces a procedural vote (R13); adoption puts the item on the
 * Summary Statement after its first formal meeting (R15, S/2017/507 para. 14).
 */
import { decideAgendaAdoption } from '../../rules/security-council/agenda.js';
import { recordAgendaAdoption, type SummaryStatement } from '../../rules/security-council/summary-statement.js';
import { event, type SessionEvent, type Stamp } from '../events.js';
import { composition, isFormal, type SessionState } from '../state.js';
import {
  emit,
  first,
  nothing,
  refuse,
  refusedByRule,
  requireChair,
  requireMemberDelegation,
  requireNoVote,
  requireOpen,
  stamp,
  type Handler,
} from './shared.js';

function agendaAllowed(state: SessionState): ReturnType<typeof refuse> | null {
  const format = state.session!.format;
  if (format === 'arria') return refuse('no-agenda-in-arria', 'an Arria-formula meeting adopts no agenda', 'spec R43');
  if (!isFormal(state)) return refuse('wrong-phase', 'consultations are not a formal meeting and adopt no agenda', 'spec R42');
  return null;
}

export const proposeAgenda: Handler<'propose-agenda'> = (state, c) => {
  const denied = first(
    requireChair(c, 'propose the provisional agenda', 'Rule 7'),
    requireOpen(state, 'propose the agenda'),
    requireNoVote(state, 'propose the agenda'),
  );
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const informal = agendaAllowed(state);
  if (informal) return informal;
  if (state.agenda.status !== 'none') return refuse('already-decided', 'the provisional agenda has already been put forward');
  return emit(event('agenda-proposed.v1', { ...stamp(c), items: c.items }));
};

export const objectToAgenda: Handler<'object-to-agenda'> = (state, c) => {
  const denied = first(
    requireMemberDelegation(state, c, 'object to the agenda'),
    requireOpen(state, 'object to the agenda'),
    requireNoVote(state, 'object'),
  );
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.agenda.status !== 'proposed') return refuse('wrong-phase', 'there is no provisional agenda awaiting adoption', 'Rule 9');
  const by = c.actor.role === 'delegation' ? c.actor.code : '';
  if (state.agenda.objections.includes(by)) return nothing();
  return emit(event('agenda-objected.v1', c.reason === undefined ? { ...stamp(c), by } : { ...stamp(c), by, reason: c.reason }));
};

/** Rule 9: hearing no objection, the President declares the agenda adopted without a vote. */
export const adoptAgenda: Handler<'adopt-agenda'> = (state, c) => {
  const denied = first(
    requireChair(c, 'declare the agenda adopted', 'Rule 9'),
    requireOpen(state, 'adopt the agenda'),
    requireNoVote(state, 'adopt the agenda'),
  );
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.agenda.status !== 'proposed') return refuse('wrong-phase', 'there is no provisional agenda awaiting adoption', 'Rule 9');
  const s = state.session!;
  if (s.body === 'security-council') {
    // The rule decides: without objection adopted; an objection needs a procedural vote (R13).
    const decided = decideAgendaAdoption({
      composition: composition(state),
      format: s.format,
      items: adoptedItems(state),
      objectors: state.agenda.objections,
      statement: seized(state),
    });
    if (!decided.ok) return refusedByRule(decided.error);
  } else if (state.agenda.objections.length > 0) {
    return refuse('objection-pending', `${state.agenda.objections.join(', ')} objected: the agenda must be put to a vote`);
  }
  return emit(
    event('agenda-decided.v1', { ...stamp(c), adopted: true, method: 'without-vote' }),
    ...summaryStatementUpdates(state, stamp(c)),
  );
};

/** The items a Summary Statement counts: the adoption of the agenda itself is not one. */
function adoptedItems(state: SessionState): { title: string }[] {
  return state.agenda.items.filter((item) => !/^adoption of the agenda$/i.test(item.title)).map((item) => ({ title: item.title }));
}

/**
 * The Summary Statement as the session knows it: the items the Council was already seized of.
 * Their dates are not known here; '' stands for "some day before this meeting".
 */
function seized(state: SessionState): SummaryStatement {
  return Object.fromEntries(
    (state.session!.seizedItems ?? []).map((title) => [title, { title, firstConsidered: '', lastFormalConsideration: '' }]),
  );
}

/**
 * R15: adopting an item at a formal Security Council meeting adds it to the Summary
 * Statement (or refreshes its last formal consideration), as the rule records it (Rule 11).
 */
export function summaryStatementUpdates(state: SessionState, at: Stamp): SessionEvent[] {
  const s = state.session!;
  if (s.body !== 'security-council') return [];
  const before = seized(state);
  const items = adoptedItems(state);
  const after = recordAgendaAdoption(before, { date: state.scheduledDate ?? s.date, format: s.format, items });
  if (after === before) return [];
  return items.map((item) =>
    event('summary-statement-updated.v1', {
      ...at,
      item: item.title,
      added: !(item.title in before),
      lastFormalConsideration: after[item.title]!.lastFormalConsideration,
    }),
  );
}
