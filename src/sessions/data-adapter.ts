/**
 * The seam to the data layer: who sat on a body on a date, and who presided. Names are
 * the official UN English short names, as meeting records print them ("United Kingdom of
 * Great Britain and Northern Ireland").
 */
import { councilOn, memberState, memberStates, nameAt, presidentOf } from '../data/index.js';
import type { CouncilOnDate } from '../protocol/council.js';
import { err, ok, type Result } from '../rules/result.js';
import type { IsoDate, StateCode } from '../rules/types.js';
import { commandError, type CommandError } from '../protocol/errors.js';
import type { Member, SessionBody } from './events.js';

export function membersOn(body: SessionBody, date: IsoDate): Member[] | null {
  if (body === 'security-council') {
    const council = councilOn(date);
    // Records list members in English alphabetical order of their names.
    return council.ok
      ? council.value.map((m) => ({ code: m.code, name: m.sortName, permanent: m.permanent })).sort((a, b) => a.name.localeCompare(b.name, 'en'))
      : null;
  }
  // GA plenary and Main Committees: every Member of the United Nations on that day.
  const members = memberStates.filter((s) => s.admitted <= date && (s.ended === undefined || date <= s.ended));
  return members.length > 0 ? members.map((s) => ({ code: s.code, name: nameAt(s, date).sortName, permanent: false })) : null;
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
