/**
 * Creating a session: the body, format, date and seats. Seats come from the data layer
 * for the date unless the caller gives them (fixtures give them, with sources).
 */
import { arriaConveners, holdArriaMeeting } from '../../rules/security-council/arria.js';
import { event } from '../events.js';
import { clean, emit, refuse, refusedByRule, stamp, type Handler } from './shared.js';

export const createSession: Handler<'create-session'> = (state, c, ctx) => {
  if (state.session) return refuse('session-exists', `session ${state.session.sessionId} already exists`);
  const members = c.members ?? ctx.membersOn(c.body, c.date);
  const sc = c.body === 'security-council';
  if (!members || (sc && members.length === 0)) {
    return refuse('members-unknown', `no membership of the ${sc ? 'Security Council' : 'body'} is known for ${c.date}; give "members"`);
  }
  const codes = members.map((m) => m.code);
  if (new Set(codes).size !== codes.length) return refuse('invalid-command', 'members: a state is listed twice', 'spec R18');
  const observers = c.observers ?? [];
  const both = observers.find((o) => codes.includes(o.code));
  if (both) return refuse('invalid-command', `observers: ${both.code} is also a member`);
  if (new Set(observers.map((o) => o.code)).size !== observers.length)
    return refuse('invalid-command', 'observers: a state is listed twice');
  const committee = c.body === 'ga-main-committee' ? c.committee : c.body === 'ga-third-committee' ? 3 : undefined;
  if (c.body === 'ga-main-committee' && committee === undefined) {
    return refuse('invalid-command', 'committee: a Main Committee session names its committee, 1 to 6', 'GA rule 98');
  }
  if (c.body !== 'ga-main-committee' && c.committee !== undefined && c.body !== 'ga-third-committee') {
    return refuse('invalid-command', 'committee: only a Main Committee session has a committee number', 'GA rule 98');
  }
  // The President of the month presides a Council on its own date's membership; a custom roster names its own.
  const monthPresident = sc ? (ctx.presidentOn(c.date) ?? undefined) : undefined;
  const president = c.president ?? (monthPresident !== undefined && codes.includes(monthPresident) ? monthPresident : undefined);
  if (sc && president !== undefined && !codes.includes(president)) {
    return refuse('not-a-council-member', `the President (${president}) must be a member of the Council`, 'Rule 18');
  }
  if (!sc && president !== undefined && !codes.includes(president) && !observers.some((o) => o.code === president)) {
    return refuse('not-a-participant', `the presiding delegation (${president}) must be in the session`);
  }
  const arria = sc && c.format === 'arria';
  const conveners = arria ? arriaConveners(c.conveners, president) : c.conveners;
  if (arria) {
    // R43: at least one Council member convenes; the convener chairs.
    const held = holdArriaMeeting({ date: c.date, seats: members.map((m) => ({ code: m.code, permanent: m.permanent })) }, conveners ?? []);
    if (!held.ok) return refusedByRule(held.error);
  }
  return emit(
    event(
      'session-created.v1',
      clean({
        ...stamp(c),
        sessionId: c.sessionId ?? c.id,
        body: c.body,
        // Formats are a Security Council notion; GA plenary and committee meetings are public.
        format: sc ? c.format : 'public',
        date: c.date,
        title: c.title,
        item: c.item,
        committee,
        members: members.map((m) => ({ code: m.code, name: m.name, permanent: sc ? m.permanent : false })),
        observers: observers.length > 0 ? observers.map((m) => ({ code: m.code, name: m.name, permanent: false })) : undefined,
        unknownSeats: c.unknownSeats,
        president,
        meetingNumber: c.meetingNumber,
        conveners,
        seizedItems: c.seizedItems,
        practice: c.practice,
        sources: c.sources,
      }),
    ),
  );
};
