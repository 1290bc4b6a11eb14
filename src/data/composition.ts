/**
 * The Council's membership on a day (spec R1–R4): the permanent seats' occupants plus
 * every elected term covering the day, each with its name of the time.
 */
import type { Composition } from '../rules/types.js';
import { err, ok, type Result, type RuleError } from '../rules/result.js';
import { compareRule18 } from '../rules/presidency.js';
import { electedTerms, permanentSeats, termStart } from './council-seats.js';
import { checkDate } from './dates.js';
import { memberState, nameAt } from './member-states.js';
import type { CouncilMember } from './types.js';

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
  for (const term of electedTerms) {
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
  const byName = (a: CouncilMember, b: CouncilMember) => compareRule18(a.sortName, b.sortName);
  return [...permanent.sort(byName), ...elected.sort(byName)];
}

function describe(code: string, date: string): { name: string; sortName: string } {
  const state = memberState(code);
  // Every seat code is in the state table (a test checks it); fall back to the code itself.
  return state ? nameAt(state, date) : { name: code, sortName: code };
}

/**
 * Who sat on the Security Council on `date` (YYYY-MM-DD, 1946-01-17..2026-12-31):
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
