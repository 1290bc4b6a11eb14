import { err, ok, type Result, type RuleError } from '../result.js';
import type { Composition, IsoDate, RuleWarning, StateCode } from '../types.js';
import { formatRules, type MeetingFormat } from './formats.js';

const DAY_MS = 86_400_000;
const dayNumber = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`) / DAY_MS;

/**
 * Rule 1 (spec R8; T27): the interval between formal meetings shall not exceed fourteen
 * days. Consultations, Arria meetings and other informal formats do not reset the clock.
 * Returns one warning per gap longer than 14 calendar days.
 */
export function checkMeetingInterval(meetings: readonly { date: IsoDate; format: MeetingFormat }[]): RuleWarning[] {
  const formal = meetings.filter((m) => formatRules(m.format).countsForRule1).map((m) => m.date).sort();
  const warnings: RuleWarning[] = [];
  for (let i = 1; i < formal.length; i++) {
    const gap = dayNumber(formal[i]!) - dayNumber(formal[i - 1]!);
    if (gap > 14) {
      warnings.push({ code: 'rule1-interval-exceeded', message: `${gap} days between formal meetings on ${formal[i - 1]} and ${formal[i]} (more than 14)`, rule: 'Rule 1' });
    }
  }
  return warnings;
}

export interface MeetingObligation {
  meetingRequired: boolean;
  rules: string[];
  explanation: string;
}

/**
 * Rule 2 (spec R9; T26): the President shall call a meeting at the request of any single
 * Council member; no support threshold. A non-member's letter falls under Rule 3 instead.
 */
export function ruleTwoRequest(composition: Composition, requester: StateCode): Result<MeetingObligation, RuleError> {
  if (!composition.seats.some((s) => s.code === requester)) {
    return err({ code: 'not-a-council-member', message: `${requester} is not a Council member; Rule 2 requests come from members (see Rule 3)`, rule: 'Rule 2' });
  }
  return ok({ meetingRequired: true, rules: ['Rule 2', 'spec R9'], explanation: `${requester} requests a meeting: the President must call one; the date is at the President's discretion within Rule 1.` });
}

export type SubmissionBasis = 'art-35' | 'art-11-2' | 'art-11-3' | 'art-99' | 'none';

/**
 * Rule 3 (spec R10): a matter brought under Charter Art. 35, 11(2), 11(3) or 99 requires a
 * meeting. A letter that invokes none is circulated only (Rule 6).
 */
export function ruleThreeSubmission(basis: SubmissionBasis): MeetingObligation {
  if (basis === 'none') {
    return { meetingRequired: false, rules: ['Rule 6', 'spec R10'], explanation: 'No Charter basis invoked: the letter is circulated (Rule 6); only a Council member can force a meeting (Rule 2).' };
  }
  const art = { 'art-35': 'Art. 35', 'art-11-2': 'Art. 11(2)', 'art-11-3': 'Art. 11(3)', 'art-99': 'Art. 99' }[basis];
  return { meetingRequired: true, rules: ['Rule 3', `Charter ${art}`, 'spec R10'], explanation: `A matter brought under Charter ${art}: the President must call a meeting (Rule 3).` };
}

/**
 * Rule 8 and the urgency convention (spec R11): the provisional agenda is circulated at least
 * three days (72 hours) ahead, except in urgent cases; an urgent request should be met within
 * about a day ([P], configurable), else a warning.
 */
export function checkMeetingNotice(input: {
  requestedAt: string;
  agendaCirculatedAt: string;
  meetingAt: string;
  urgent: boolean;
  urgentWithinHours?: number;
}): Result<RuleWarning[], RuleError> {
  const t = [input.requestedAt, input.agendaCirculatedAt, input.meetingAt].map((s) => Date.parse(s));
  if (t.some((x) => Number.isNaN(x))) return err({ code: 'invalid-date', message: 'a timestamp is not a valid ISO date-time', rule: 'spec R11' });
  const [requested, circulated, meeting] = t as [number, number, number];
  const hours = (a: number, b: number) => (b - a) / 3_600_000;
  const warnings: RuleWarning[] = [];
  if (!input.urgent && hours(circulated, meeting) < 72) {
    warnings.push({ code: 'rule8-short-notice', message: `the provisional agenda went out ${Math.round(hours(circulated, meeting))} hours before the meeting (72 needed unless urgent)`, rule: 'Rule 8' });
  }
  const limit = input.urgentWithinHours ?? 24;
  if (input.urgent && hours(requested, meeting) > limit) {
    warnings.push({ code: 'urgent-request-delayed', message: `an urgent request met after ${Math.round(hours(requested, meeting))} hours (practice: about ${limit})`, rule: 'spec R11' });
  }
  return ok(warnings);
}
