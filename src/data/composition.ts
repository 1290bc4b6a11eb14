/**
 * The Council's membership on a day (spec R1–R4): the permanent seats' occupants plus
 * every elected term covering the day, each with its name of the time.
 */
import type { Composition } from '../rules/types.js';
import { err, ok, type Result, type RuleError } from '../rules/result.js';
import { rule18SortKey } from '../rules/presidency.js';
import { electedTerms, FIRST_DAY, LAST_DAY, permanentSeats, termStart } from './council-seats.js';
import { checkDate } from './dates.js';
import { memberState, nameAt } from './member-states.js';
import type { CouncilMember, ElectedTerm } from './types.js';
import { checkUnDate } from './general-assembly.js';
import type { Roster, RosterMember } from './roster.js';

/** Elected terms by calendar year, so a day's look-up scans a dozen terms, not four hundred. */
const termsByYear = new Map<number, ElectedTerm[]>();
for (const term of electedTerms) {
  for (let y = Number(term.from.slice(0, 4)); y <= Number(term.to.slice(0, 4)); y++) {
    const terms = termsByYear.get(y);
    if (terms) terms.push(term);
    else termsByYear.set(y, [term]);
  }
}

/** Members on a date already known to be valid; permanent first, then elected, each in Rule 18 order. */
export function membersOn(date: string): CouncilMember[] {
  const permanent: CouncilMember[] = [];
  const elected: CouncilMember[] = [];
  for (const seat of permanentSeats) {
    if (seat.from <= date && date <= seat.to) {
      const names = describe(seat.code, date);
      permanent.push({
        code: seat.code,
        ...names,
        permanent: true,
        term: null,
        ...(seat.note ? { note: seat.note } : {}),
        source: seat.source,
      });
    }
  }
  for (const term of termsByYear.get(Number(date.slice(0, 4))) ?? []) {
    if (termStart(term) <= date && date <= term.to) {
      elected.push({
        code: term.code,
        ...describe(term.code, date),
        permanent: false,
        term: [term.from, term.to],
        ...(term.note ? { note: term.note } : {}),
        source: term.source,
      });
    }
  }
  return [...inRule18Order(permanent), ...inRule18Order(elected)];
}

/** Sort by the Rule 18 key, computing each member's key once (normalising is the costly part). */
function inRule18Order(members: CouncilMember[]): CouncilMember[] {
  return members
    .map((m) => ({ m, key: rule18SortKey(m.sortName) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.m);
}

function describe(code: string, date: string): { name: string; sortName: string } {
  const state = memberState(code);
  // Every seat code is in the state table (a test checks it); fall back to the code itself.
  return state ? nameAt(state, date) : { name: code, sortName: code };
}

/**
 * Who sat on the Security Council on `date` (YYYY-MM-DD, 1946-01-17..2027-12-31):
 * 11 members before 1966, 15 from 1966 (Charter Art. 23; spec R1, R3).
 */
export function councilOn(date: string): Result<CouncilMember[], RuleError> {
  const checked = checkDate(date);
  if (!checked.ok) return checked;
  return ok(membersOn(checked.value));
}

/** The same membership as the rules engine's Composition (spec R1). */
export function compositionOn(date: string): Result<Composition, RuleError> {
  const members = councilOn(date);
  if (!members.ok) return members;
  const seats = members.value.map((m) => ({ code: m.code, permanent: m.permanent }));
  const expected = date < '1966-01-01' ? 11 : 15;
  if (seats.length !== expected) {
    return err({
      code: 'INVALID_COMPOSITION',
      message: `the data gives ${seats.length} members on ${date}, expected ${expected}`,
      rule: 'Charter Art. 23(1)',
    });
  }
  return ok({ date, seats });
}

/**
 * The Council on any day from 17 Jan 1946 as a Roster: complete to the last day of the data;
 * after it, the permanent members and the elected terms already known (elected the June
 * before), with the other seats counted in `unknownSeats` rather than refused (issue 9).
 */
export function councilRosterOn(date: string): Result<Roster, RuleError> {
  const checked = checkUnDate(date);
  if (!checked.ok) return checked;
  const day = checked.value;
  if (day < FIRST_DAY) {
    return err({
      code: 'BEFORE_FIRST_MEETING',
      message: `${day} is before the Council's first meeting on ${FIRST_DAY}`,
      rule: 'Charter Art. 23; S/PV.1',
    });
  }
  const seats = day < '1966-01-01' ? 11 : 15;
  const members = membersOn(day).map((m) => toRosterMember(m));
  const unknownSeats = seats - members.length;
  const notes: string[] = [];
  if (unknownSeats > 0) {
    notes.push(
      `${unknownSeats} of the ${seats} seats are unknown on ${day}: the General Assembly election for them (June of the year before) is not in this data (last complete day ${LAST_DAY}).`,
    );
  }
  return ok({
    body: 'security-council',
    date: day,
    seats,
    members,
    suspended: [],
    vacantSeats: 0,
    unknownSeats,
    notes,
    complete: unknownSeats === 0,
  });
}

function toRosterMember(m: CouncilMember): RosterMember {
  const state = memberState(m.code);
  const term = electedTerms.find((t) => t.code === m.code && m.term && t.from === m.term[0]);
  return {
    code: m.code,
    name: m.name,
    sortName: m.sortName,
    group: state?.group ?? null,
    permanent: m.permanent,
    ...(m.term ? { term: m.term } : {}),
    ...(m.note ? { note: m.note } : {}),
    source: m.source,
    confidence: term?.confidence ?? 'knowledge',
  };
}
