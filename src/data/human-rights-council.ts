/**
 * The Human Rights Council on a date: the members of every cohort whose term covers the day,
 * less those suspended (GA res 60/251 para. 8) or gone, plus by-elected members. 47 seats
 * (para. 7); seats not yet filled by a recorded election are `unknownSeats`, never guessed.
 */
import { err, ok, type Result, type RuleError } from '../rules/result.js';
import { compareRule18 } from '../rules/presidency.js';
import { checkUnDate, rosterMember } from './general-assembly.js';
import { HRC_COHORTS, HRC_EVENTS, HRC_FIRST_DAY, type HrcEvent } from './hrc-members.js';
import { memberState } from './member-states.js';
import type { Roster, RosterMember } from './roster.js';

export const HRC_SEATS = 47;

/** The last day every seat is known: the end of the year of the last recorded election's terms' start. */
export const HRC_LAST_COMPLETE_DAY = `${HRC_COHORTS[HRC_COHORTS.length - 1]!.from.slice(0, 4)}-12-31`;

function member(
  code: string,
  date: string,
  term: [string, string],
  source: string,
  confidence: RosterMember['confidence'],
  note?: string,
): RosterMember {
  const s = memberState(code);
  // Every HRC code is in the state table (a test checks it).
  const base = s ? rosterMember(s, date) : { code, name: code, sortName: code, group: null, source, confidence };
  return { ...base, term, source, confidence, ...(note ? { note } : {}) };
}

const covers = (e: HrcEvent, date: string) => e.from <= date && date <= (e.to ?? '9999-12-31');

/** Human Rights Council on `date` (from 19 Jun 2006). After the last recorded election the unfilled seats are unknown. */
export function hrcRosterOn(date: string): Result<Roster, RuleError> {
  const checked = checkUnDate(date);
  if (!checked.ok) return checked;
  const day = checked.value;
  if (day < HRC_FIRST_DAY) {
    return err({
      code: 'BEFORE_FIRST_SESSION',
      message: `${day} is before the Human Rights Council's first session (${HRC_FIRST_DAY}); it was created by GA res 60/251 of 15 Mar 2006`,
      rule: 'GA res 60/251 para. 1',
    });
  }
  const notes: string[] = [];
  const members: RosterMember[] = [];
  const suspended: RosterMember[] = [];
  let vacantSeats = 0;
  for (const c of HRC_COHORTS) {
    if (!(c.from <= day && day <= c.to)) continue;
    for (const code of c.codes) {
      const events = HRC_EVENTS.filter((e) => e.code === code && e.kind !== 'by-election' && e.from >= c.from && e.from <= c.to);
      const gone = events.find((e) => e.kind === 'left' && e.from <= day);
      const m = member(code, day, [c.from, c.to], c.source, c.confidence);
      if (gone) {
        // The seat is vacant unless a by-election filled it by this day (counted below).
        vacantSeats++;
        notes.push(gone.note);
        continue;
      }
      const susp = events.find((e) => e.kind === 'suspended' && covers(e, day));
      if (susp) {
        suspended.push({ ...m, note: susp.note });
        notes.push(susp.note);
        continue;
      }
      members.push(m);
    }
  }
  for (const e of HRC_EVENTS) {
    if (e.kind === 'by-election' && covers(e, day)) {
      members.push(member(e.code, day, [e.from, e.to!], e.source, e.confidence, e.note));
      vacantSeats--;
      notes.push(e.note);
    }
  }
  const filled = members.length + suspended.length + vacantSeats;
  const unknownSeats = Math.max(0, HRC_SEATS - filled);
  if (unknownSeats > 0) {
    notes.push(
      `${unknownSeats} of the ${HRC_SEATS} seats are unknown: the General Assembly election for terms covering ${day} is not in this data.`,
    );
  }
  members.sort((a, b) => compareRule18(a.sortName, b.sortName));
  return ok({
    body: 'human-rights-council',
    date: day,
    seats: HRC_SEATS,
    members,
    suspended,
    vacantSeats,
    unknownSeats,
    notes: [...new Set(notes)],
    complete: unknownSeats === 0,
  });
}
