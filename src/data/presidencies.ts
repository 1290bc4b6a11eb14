/**
 * The monthly presidency, January 1946 to December 2026, computed by Rule 18 (spec R5)
 * with the year-boundary carry-over of spec R6: each month's president is the first
 * member, in English alphabetical order of the names of the time, after the previous
 * month's president. Departures from the rotation are recorded as exceptions; months
 * checked against a source are recorded as confirmations, and a test holds the two apart.
 */
import { compareRule18, nextPresident } from '../rules/presidency.js';
import { err, ok, type Result, type RuleError } from '../rules/result.js';
import { electedTerms, FIRST_DAY, LAST_DAY, permanentSeats, termStart } from './council-seats.js';
import { membersOn } from './composition.js';
import { checkMonth, monthsBetween } from './dates.js';
import { allStates, memberState, nameAt } from './member-states.js';
import { PRESIDENCY_CONFIRMATIONS } from './presidency-confirmations.js';
import { SOURCES } from './sources.js';
import type { CouncilMember, Presidency } from './types.js';

/** A month in which the presidency did not follow the computed rotation. */
export interface PresidencyException {
  month: string;
  code: string;
  reason: string;
  source: string;
}

export const PRESIDENCY_EXCEPTIONS: readonly PresidencyException[] = [
  {
    month: '1946-12',
    code: 'USA',
    reason:
      'Rule 18 suspended by SC res 14 (1946) so that the United States, President from 17 Nov, stayed in office until 31 Dec 1946 and the rotation thereafter began on 1 January.',
    source: SOURCES.res14,
  },
];

/** Notes on particular months: unverified stretches and changes of name or seat holder. */
const MONTH_NOTES: Readonly<Record<string, string>> = {
  '1990-03':
    "Democratic Yemen presides: the rotation runs Côte d'Ivoire, Cuba, Democratic Yemen, Ethiopia to Finland (May, S/PV.2923). Rotation-derived: it holds only with the member named Democratic Yemen until the merger of 22 May 1990.",
  '1991-12':
    'The USSR presided; from 25 Dec 1991 the Russian Federation, continuing the USSR seat, held the chair for the rest of the month. January 1992 followed from "Union of Soviet Socialist Republics" to the United Kingdom.',
  '1971-10':
    "The People's Republic of China took the China seat on 25 Oct 1971 (GA res 2758 (XXVI)); the seat, its name and the rotation did not change.",
  '1984-10':
    'Burkina Faso presides a second time: it presided in August 1984 as Upper Volta (renamed on 4 Aug), the rotation ran on from "Upper Volta" to Zimbabwe in September and then wrapped to the first name, now "Burkina Faso". Rotation-derived, not checked against a record; it is what makes the chain from 1946 agree with Colombia in December 1989.',
};

const NOTE_1946 =
  'In 1946 each presidency ran from the 17th to the 16th of the next month (the first meeting was on 17 Jan 1946); this month lists the member that took office in it.';

/** The day whose membership decides a month's president: its first day (17 Jan in Jan 1946). */
function decidingDay(month: string): string {
  const first = `${month}-01`;
  return first < FIRST_DAY ? FIRST_DAY : first;
}

/**
 * The first days of seats, terms and names (`starts`) and their last days (`ends`), sorted:
 * between two days the membership, names included, is the same unless one of these falls
 * in between, so the table looks a membership up about a hundred times instead of 972.
 */
function membershipBoundaries(): { starts: string[]; ends: string[] } {
  const starts: string[] = [];
  const ends: string[] = [];
  for (const seat of permanentSeats) {
    starts.push(seat.from);
    ends.push(seat.to);
  }
  for (const term of electedTerms) {
    starts.push(termStart(term));
    ends.push(term.to);
  }
  for (const state of allStates) for (const name of state.formerNames) ends.push(name.until);
  return { starts: starts.sort(), ends: ends.sort() };
}

function build(): ReadonlyMap<string, Presidency> {
  const exceptions = new Map(PRESIDENCY_EXCEPTIONS.map((e) => [e.month, e]));
  const table = new Map<string, Presidency>();
  rotationCache = new Map();
  const { starts, ends } = membershipBoundaries();
  let [nextStart, nextEnd] = [0, 0];
  let members: CouncilMember[] = [];
  let previousDay = '';
  // Seed: nothing sorts before the first name, so January 1946 goes to the first member
  // alphabetically (Australia), as it did at the first meeting.
  let previousName = '';
  for (const month of monthsBetween(FIRST_DAY.slice(0, 7), LAST_DAY.slice(0, 7))) {
    const day = decidingDay(month);
    // Something began in (previousDay, day] or ended in [previousDay, day): look again.
    let changed = previousDay === '';
    for (; nextStart < starts.length && starts[nextStart]! <= day; nextStart++) changed ||= starts[nextStart]! > previousDay;
    for (; nextEnd < ends.length && ends[nextEnd]! < day; nextEnd++) changed ||= ends[nextEnd]! >= previousDay;
    // In Rule 18 order already, so that nextPresident's own sort finds nothing to move.
    if (changed) members = membersOn(day).sort((a, b) => compareRule18(a.sortName, b.sortName));
    previousDay = day;
    const rotation = nextPresident(previousName, members);
    if (!rotation) throw new Error(`no members on ${day}`); // static data; a test covers every month
    rotationCache.set(month, rotation.code);
    const exception = exceptions.get(month);
    const code = exception ? exception.code : rotation.code;
    const state = memberState(code);
    const name = state ? nameAt(state, day).name : code;
    const confirmation = PRESIDENCY_CONFIRMATIONS.get(month);
    table.set(month, {
      month,
      code,
      name,
      computed: !exception || exception.code === rotation.code,
      ...(exception ? { exception: exception.reason } : {}),
      ...(confirmation ? { confirmed: confirmation.source } : {}),
      ...(month.startsWith('1946-') ? { note: NOTE_1946 } : MONTH_NOTES[month] ? { note: MONTH_NOTES[month] } : {}),
      source: exception ? exception.source : `${SOURCES.rule18}: computed rotation`,
    });
    // The next month keys on the name under which this president presided, i.e. its name
    // on the deciding day (spec R6). Upper Volta presided in August 1984 and was renamed
    // Burkina Faso on 4 Aug: keyed on "Upper Volta", the rotation went to Zimbabwe and then
    // wrapped to "Burkina Faso" (October). Keying on the new name instead would break the
    // agreement with the confirmed December 1989 (Colombia).
    previousName = state ? nameAt(state, day).sortName : code;
  }
  return table;
}

let cache: ReadonlyMap<string, Presidency> | undefined;
let rotationCache: Map<string, string> | undefined;

/** Every month's presidency, built once on first use. */
export function presidencyTable(): ReadonlyMap<string, Presidency> {
  cache ??= build();
  return cache;
}

/**
 * What Rule 18 alone gives for each month, keyed on the actual previous president:
 * differs from the table exactly in the recorded exception months (a test checks it).
 */
export function computedRotation(): ReadonlyMap<string, string> {
  presidencyTable();
  return rotationCache as ReadonlyMap<string, string>;
}

/**
 * The President of the Security Council in `month` ("YYYY-MM", 1946-01..2027-12):
 * Rule 18 rotation (spec R5, R6) with recorded exceptions.
 */
export function presidentOf(month: string): Result<Presidency, RuleError> {
  const checked = checkMonth(month);
  if (!checked.ok) return checked;
  const p = presidencyTable().get(checked.value);
  return p ? ok(p) : err({ code: 'NO_DATA', message: `no presidency recorded for ${checked.value}` });
}
