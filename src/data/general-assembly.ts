/**
 * The General Assembly's membership on any day (Charter Art. 9(1): every Member of the United
 * Nations): each Member State admitted by then, each dissolved State until its end, with its
 * name of the time. 193 since South Sudan's admission on 14 Jul 2011. The Main Committees have
 * the same membership (GA rule 100).
 */
import { err, ok, type Result, type RuleError } from '../rules/result.js';
import { compareRule18 } from '../rules/presidency.js';
import { allStates, nameAt } from './member-states.js';
import { SOURCES } from './sources.js';
import type { MemberState } from './types.js';
import type { Roster, RosterMember } from './roster.js';

/** The Charter entered into force on 24 Oct 1945 (Art. 110(3)); there is no Member before. */
export const UN_FIRST_DAY = '1945-10-24';

/** The Russian Federation continues the USSR's membership from 25 Dec 1991 (SOURCES.ussrSeat). */
const RUS_FROM = '1991-12-25';

/** Spans when a Member's place was taken by a union it had joined (Syria in the United Arab Republic). */
const NOT_SEPARATE: Readonly<Record<string, readonly [string, string, string]>> = {
  SYR: [
    '1958-02-22',
    '1961-10-12',
    'Syria sat as part of the United Arab Republic from 22 Feb 1958 until it resumed separate membership on 13 Oct 1961.',
  ],
};

/** Facts about a span that the roster cannot show as a seat, told as notes. */
const SPAN_NOTES: readonly (readonly [string, string, string])[] = [
  [
    '1963-12-16',
    '1964-04-25',
    'Zanzibar was a Member from 16 Dec 1963 until its union with Tanganyika (26 Apr 1964); it has no record here, so one seat is unknown.',
  ],
  [
    '1965-03-01',
    '1966-09-27',
    'Indonesia had announced its withdrawal (1 Mar 1965) and resumed full cooperation on 28 Sep 1966; it is listed as a Member throughout.',
  ],
  [
    '1992-09-23',
    '2000-10-31',
    'GA res 47/1 (22 Sep 1992): the Federal Republic of Yugoslavia could not continue the membership of the former Yugoslavia nor take part in the Assembly; the UN\'s own count kept "Yugoslavia" until the FRY was admitted on 1 Nov 2000, so it is one higher than this roster.',
  ],
  [
    '1971-10-25',
    '1971-10-25',
    "On 25 Oct 1971 GA res 2758 (XXVI) restored the rights of the People's Republic of China; the China seat is one Member throughout.",
  ],
];

// A plain pattern, not zod: the fast CLI commands reach this module and must not load zod.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Checks "YYYY-MM-DD" is a real calendar day from 24 Oct 1945; no upper bound (the membership continues). */
export function checkUnDate(date: unknown): Result<string, RuleError> {
  if (typeof date !== 'string' || !ISO_DATE.test(date)) {
    return err({ code: 'MALFORMED_DATE', message: `expected a date as YYYY-MM-DD, got ${JSON.stringify(date)}` });
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) {
    return err({ code: 'MALFORMED_DATE', message: `${date} is not a calendar date` });
  }
  if (date < UN_FIRST_DAY) {
    return err({
      code: 'BEFORE_CHARTER',
      message: `${date} is before the Charter entered into force on ${UN_FIRST_DAY}`,
      rule: 'Charter Art. 110(3)',
    });
  }
  return ok(date);
}

function memberOn(s: MemberState, date: string): boolean {
  if (s.status === 'observer') return false;
  if (s.admitted > date) return false;
  if (s.ended && date > s.ended) return false;
  if (s.code === 'RUS' && date < RUS_FROM) return false;
  const gap = NOT_SEPARATE[s.code];
  if (gap && gap[0] <= date && date <= gap[1]) return false;
  return true;
}

export function rosterMember(s: MemberState, date: string): RosterMember {
  const names = nameAt(s, date);
  return {
    code: s.code,
    name: names.name,
    sortName: names.sortName,
    group: s.group,
    ...(s.note ? { note: s.note } : {}),
    source: s.source,
    confidence: s.confidence,
  };
}

/** The Members of the United Nations on a date (from 1945-10-24), alphabetical by their names of the time. */
export function unMembersOn(date: string): RosterMember[] {
  return allStates
    .filter((s) => memberOn(s, date))
    .map((s) => rosterMember(s, date))
    .sort((a, b) => compareRule18(a.sortName, b.sortName));
}

/** The non-member observer States on a date (Holy See since 1964, State of Palestine since 29 Nov 2012). */
export function observerStatesOn(date: string): RosterMember[] {
  return allStates.filter((s) => s.status === 'observer' && s.admitted <= date).map((s) => rosterMember(s, date));
}

/**
 * The General Assembly (or a Main Committee: GA rule 100, every Member may be represented) on a
 * date. `unknownSeats` is 1 only while Zanzibar, which has no record here, was a Member.
 */
export function gaRosterOn(date: string, body: 'general-assembly' | 'ga-main-committee' = 'general-assembly'): Result<Roster, RuleError> {
  const checked = checkUnDate(date);
  if (!checked.ok) return checked;
  const day = checked.value;
  const members = unMembersOn(day);
  const notes = SPAN_NOTES.filter(([from, to]) => from <= day && day <= to).map(([, , n]) => n);
  const gap = NOT_SEPARATE.SYR!;
  if (gap[0] <= day && day <= gap[1]) notes.push(gap[2]);
  const unknownSeats = day >= '1963-12-16' && day <= '1964-04-25' ? 1 : 0;
  notes.push(`Source: ${SOURCES.memberStates}.`);
  return ok({
    body,
    date: day,
    seats: members.length + unknownSeats,
    members,
    suspended: [],
    vacantSeats: 0,
    unknownSeats,
    notes,
    complete: unknownSeats === 0,
  });
}
