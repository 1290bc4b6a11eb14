/**
 * The seam to the data layer: who sat on a body on a date, and who presided. Names are
 * the official UN English short names, as meeting records print them ("United Kingdom of
 * Great Britain and Northern Ireland").
 */
import { memberState, nameAt, observerStatesOn, permanentSeats, presidentOf, rosterOn } from '../data/index.js';
import type { CouncilOnDate, RosterOnDate } from '../protocol/council.js';
import { err, ok, type Result } from '../rules/result.js';
import type { BodyKind, IsoDate, StateCode } from '../rules/types.js';
import { commandError, type CommandError } from '../protocol/errors.js';
import type { Member, SessionBody } from './events.js';

export function membersOn(body: SessionBody, date: IsoDate): Member[] | null {
  const roster = sessionRoster(body, date);
  return roster.ok && roster.value.members.length > 0 ? roster.value.members : null;
}

/** A body's roster for a session on a date: the known members, in record order, and how many seats are unknown. */
export interface SessionRoster {
  members: Member[];
  unknownSeats: number;
  notes: string[];
}

export function sessionRoster(body: SessionBody, date: IsoDate): Result<SessionRoster, CommandError> {
  const kind: BodyKind = body === 'ga-third-committee' ? 'ga-main-committee' : body;
  const roster = rosterOn(kind, date);
  if (!roster.ok) return err(commandError('members-unknown', roster.error.message, roster.error.rule));
  // Records list members in English alphabetical order of their official short names.
  const members = roster.value.members
    .map((m) => ({ code: m.code, name: m.sortName, permanent: m.permanent ?? false }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return ok({ members, unknownSeats: roster.value.unknownSeats, notes: roster.value.notes });
}

export function presidentOn(date: IsoDate): StateCode | null {
  const p = presidentOf(date.slice(0, 7));
  return p.ok ? p.value.code : null;
}

/** Official UN short name of a state on a date, as records print it (the code if unknown). */
export function officialName(code: StateCode, date: IsoDate): string {
  const s = memberState(code);
  return s ? nameAt(s, date).sortName : code;
}

/** The Council on a date as the server shows it: its members in record order and the President of the month. */
export function councilOnDate(date: IsoDate): Result<CouncilOnDate, CommandError> {
  const members = membersOn('security-council', date);
  if (!members || members.length === 0) {
    return err(commandError('members-unknown', `No Security Council membership is known for ${date}.`));
  }
  const president = presidentOn(date);
  return ok({
    members: members.map((m) => ({ code: m.code, name: m.name, permanent: m.permanent })),
    president: president ? { code: president, name: members.find((m) => m.code === president)?.name ?? president } : null,
  });
}

/** The Council's permanent members on a date (Charter Art. 23(1)): SUN until 24 Dec 1991, then RUS. */
function permanentOn(date: IsoDate): Set<StateCode> {
  return new Set(permanentSeats.filter((s) => s.from <= date && date <= s.to).map((s) => s.code));
}

/** A state on a date as a seat, from the data (name of the time), or null for an unknown code. */
function seatOf(code: StateCode, date: IsoDate, permanent: Set<StateCode>): Member | null {
  const s = memberState(code);
  return s ? { code: s.code, name: nameAt(s, date).sortName, permanent: permanent.has(s.code) } : null;
}

export interface SessionSeats {
  members: Member[];
  observers: Member[];
  president: StateCode | undefined;
  unknownSeats: number;
  notes: string[];
}

/**
 * The seats of a new session (POST /api/sessions): a custom roster when `members` is given (any
 * states; permanent seats kept for the Council), else the body's members on the date; observers by
 * code; the presiding delegation given, or for the Council the President of the month (Rule 18)
 * when that state sits.
 */
export function seatsFor(input: {
  body: SessionBody;
  date: IsoDate;
  members?: readonly StateCode[];
  observers?: readonly StateCode[];
  president?: StateCode;
}): Result<SessionSeats, CommandError> {
  const permanent = input.body === 'security-council' ? permanentOn(input.date) : new Set<StateCode>();
  let members: Member[];
  let unknownSeats = 0;
  let notes: string[] = [];
  if (input.members) {
    const seats = input.members.map((c) => seatOf(c, input.date, permanent));
    const bad = input.members.find((_, i) => seats[i] === null);
    if (bad) return err(commandError('invalid-command', `members: "${bad}" is not a state code this data knows`));
    members = (seats as Member[]).sort((a, b) => a.name.localeCompare(b.name, 'en'));
    notes = ['A custom roster: the members were chosen for this session, not taken from the data for the date.'];
  } else {
    const roster = sessionRoster(input.body, input.date);
    if (!roster.ok) return roster;
    if (roster.value.members.length === 0) {
      return err(
        commandError(
          'members-unknown',
          `No member of this body is known for ${input.date}: ${roster.value.notes.join(' ')} Give "members".`,
        ),
      );
    }
    ({ members, unknownSeats, notes } = roster.value);
  }
  const observerSeats = (input.observers ?? []).map((c) => seatOf(c, input.date, new Set()));
  const badObserver = (input.observers ?? []).find((_, i) => observerSeats[i] === null);
  if (badObserver) return err(commandError('invalid-command', `observers: "${badObserver}" is not a state code this data knows`));
  const month = input.body === 'security-council' ? presidentOn(input.date) : null;
  const president = input.president ?? (month && members.some((m) => m.code === month) ? month : undefined);
  return ok({ members, observers: observerSeats as Member[], president, unknownSeats, notes });
}

/** GET /api/roster: a body's members on a date, the observer States of the day, and the seats unknown. */
export function rosterOnDate(body: SessionBody, date: IsoDate): Result<RosterOnDate, CommandError> {
  const seats = seatsFor({ body, date });
  if (!seats.ok) return seats;
  const observers = observerStatesOn(date).map((o) => ({ code: o.code, name: o.sortName, permanent: false }));
  const president = seats.value.president;
  return ok({
    body,
    date,
    members: seats.value.members,
    observers,
    president: president ? { code: president, name: seats.value.members.find((m) => m.code === president)?.name ?? president } : null,
    unknownSeats: seats.value.unknownSeats,
    notes: seats.value.notes,
  });
}
