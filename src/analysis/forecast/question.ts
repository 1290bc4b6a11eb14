/**
 * The question both Council forecasts answer (the GA-trained one here and the Council-fitted
 * one in ../council): who asks, who opposes, which Council votes and what it needs. One place
 * validates it, so both forecasts refuse the same inputs with the same errors.
 */
import { checkDate } from '../../data/dates.js';
import { councilOn, memberState } from '../../data/index.js';
import { err, ok, type Result } from '../../rules/result.js';
import { scThresholds } from '../../rules/security-council/thresholds.js';
import type { IsoDate, StateCode } from '../../rules/types.js';

export interface QuestionOptions {
  date: IsoDate;
  requestedBy: readonly StateCode[];
  opposedBy?: readonly StateCode[];
  matter?: 'procedural' | 'non-procedural';
  /** Council members voting; default: the Council on `date` from the data layer. */
  members?: readonly { code: StateCode; permanent: boolean }[];
}

export interface CouncilQuestion {
  date: IsoDate;
  requesters: StateCode[];
  opposers: StateCode[];
  members: readonly { code: StateCode; permanent: boolean }[];
  matter: 'procedural' | 'non-procedural';
  /** Affirmative votes needed: 9 of 15, 7 of 11 before 1966 (Charter Art. 27(2)–(3)). */
  required: number;
  /** A permanent member's no defeats a non-procedural matter only (Charter Art. 27(3)). */
  veto: boolean;
}

function stateCodes(list: readonly StateCode[], what: string): Result<StateCode[]> {
  const out: StateCode[] = [];
  for (const raw of list) {
    const code = raw.trim().toUpperCase();
    if (!memberState(code)) return err({ code: 'unknown-state', message: `${what}: unknown state code "${raw}"` });
    out.push(code);
  }
  return ok(out);
}

export function councilQuestion(opts: QuestionOptions): Result<CouncilQuestion> {
  const date = checkDate(opts.date);
  if (!date.ok) return date;
  const requesters = stateCodes(opts.requestedBy, 'requested-by');
  if (!requesters.ok) return requesters;
  const opposers = stateCodes(opts.opposedBy ?? [], 'opposed-by');
  if (!opposers.ok) return opposers;
  if (requesters.value.length === 0) return err({ code: 'no-requesters', message: 'at least one requesting state is needed' });
  const both = requesters.value.find((c) => opposers.value.includes(c));
  if (both) return err({ code: 'both-sides', message: `${both} cannot both request and oppose` });
  let members = opts.members;
  if (!members) {
    const council = councilOn(date.value);
    if (!council.ok) return council;
    members = council.value;
  }
  const thresholds = scThresholds(members.length);
  if (!thresholds.ok) return thresholds;
  const matter = opts.matter ?? 'procedural';
  return ok({
    date: date.value,
    requesters: requesters.value,
    opposers: opposers.value,
    members,
    matter,
    required: thresholds.value.affirmative,
    veto: matter === 'non-procedural',
  });
}
