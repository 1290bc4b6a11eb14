/**
 * What each body's rules allow a session to do (issue 9): the chair's console offers exactly
 * these, and a command outside them is refused with the rule that excludes it.
 *  - Security Council: Charter Art. 27 (nine votes, the veto), Provisional Rules (S/96/Rev.7);
 *    no quorum and no roll call of attendance (spec R13); motions of Rule 33.
 *  - General Assembly plenary: Charter Art. 18, GA rules 67 (quorum), 74–79 (motions), 83–87,
 *    89–90, 95.
 *  - Main Committee: the same rules at their committee numbers (GA rules 108, 116–121, 125–133);
 *    never a two-thirds majority (GA rule 125; spec R55).
 *  - Human Rights Council: the committee rules as applied by GA res 60/251 para. 11.
 */
import { err, ok, type Result, type RuleError } from '../result.js';
import type { BodyKind } from '../types.js';
import { HRC_PROCEDURE } from '../human-rights-council/decide-vote.js';

/** The refusals of this module (src/rules/errors.ts collects every module's list). */
export const BODY_ERRORS = ['not-in-this-body', 'observer-no-vote', 'membership-suspended', 'quorum-not-met'] as const;
export type BodyErrorCode = (typeof BODY_ERRORS)[number];

export type SessionFeature =
  | 'roll-call'
  | 'quorum'
  | 'recorded-vote'
  | 'two-thirds-majority'
  | 'procedural-vote'
  | 'veto'
  | 'division'
  | 'amendments'
  | 'agenda-vote'
  | 'rule-37-invitation'
  | 'meeting-request';

export type MotionKind = 'suspend' | 'adjourn' | 'adjourn-to' | 'refer' | 'postpone' | 'adjourn-debate' | 'close-debate' | 'competence';

export interface BodyProfile {
  body: BodyKind;
  /** What the rules allow, each with the rule that grants it. */
  features: Readonly<Partial<Record<SessionFeature, string>>>;
  motions: Readonly<Partial<Record<MotionKind, string>>>;
  /** Majorities a vote may require, with the rule. */
  majorities: Readonly<Record<string, string>>;
  /** The rule an observer's refused ballot cites. */
  observerNoVote: string;
  /** How amendments are ordered. */
  amendmentOrder: string;
}

const GA_MOTIONS = (committee: boolean, suffix = ''): BodyProfile['motions'] => ({
  suspend: `${committee ? 'GA rule 118' : 'GA rule 76'}${suffix}`,
  adjourn: `${committee ? 'GA rule 118' : 'GA rule 76'}${suffix}`,
  'adjourn-debate': `${committee ? 'GA rule 116' : 'GA rule 74'}${suffix}`,
  'close-debate': `${committee ? 'GA rule 117' : 'GA rule 75'}${suffix}`,
  competence: `${committee ? 'GA rule 121' : 'GA rule 79'}${suffix}`,
});

export const BODY_PROFILES: Readonly<Record<BodyKind, BodyProfile>> = {
  'security-council': {
    body: 'security-council',
    features: {
      'procedural-vote': 'Charter Art. 27(2)',
      veto: 'Charter Art. 27(3)',
      amendments: 'Rule 36',
      division: 'Rule 32',
      'agenda-vote': 'Rule 9; spec R13',
      'rule-37-invitation': 'Rules 37 and 39',
      'meeting-request': 'Rules 2 and 3',
    },
    motions: { suspend: 'Rule 33', adjourn: 'Rule 33', 'adjourn-to': 'Rule 33', refer: 'Rule 33', postpone: 'Rule 33' },
    majorities: { procedural: 'Charter Art. 27(2)', 'non-procedural': 'Charter Art. 27(3)' },
    observerNoVote: 'Charter Art. 27(1); Rule 38 (invitees do not vote)',
    amendmentOrder: 'Rule 36',
  },
  'general-assembly': {
    body: 'general-assembly',
    features: {
      'roll-call': 'GA rule 67; GA rule 87',
      quorum: 'GA rule 67',
      'recorded-vote': 'GA rule 87',
      'two-thirds-majority': 'Charter Art. 18(2); GA rule 83',
      division: 'GA rule 89',
      amendments: 'GA rule 90',
    },
    motions: GA_MOTIONS(false),
    majorities: { simple: 'Charter Art. 18(3); GA rule 85', 'two-thirds': 'Charter Art. 18(2); GA rule 83' },
    observerNoVote: 'Charter Art. 18(1); GA res 67/19 para. 2 (observer States do not vote)',
    amendmentOrder: 'GA rule 90',
  },
  'ga-main-committee': {
    body: 'ga-main-committee',
    features: {
      'roll-call': 'GA rule 108; GA rule 128',
      quorum: 'GA rule 108',
      'recorded-vote': 'GA rule 128',
      division: 'GA rule 129',
      amendments: 'GA rule 130',
    },
    motions: GA_MOTIONS(true),
    majorities: { simple: 'GA rule 125' },
    observerNoVote: 'Charter Art. 18(1); GA res 67/19 para. 2 (observer States do not vote)',
    amendmentOrder: 'GA rule 130',
  },
  'human-rights-council': {
    body: 'human-rights-council',
    features: {
      'roll-call': `GA rule 108; ${HRC_PROCEDURE}`,
      quorum: `GA rule 108; ${HRC_PROCEDURE}`,
      'recorded-vote': `GA rule 128; ${HRC_PROCEDURE}`,
      division: `GA rule 129; ${HRC_PROCEDURE}`,
      amendments: `GA rule 130; ${HRC_PROCEDURE}`,
    },
    motions: GA_MOTIONS(true, `; ${HRC_PROCEDURE}`),
    majorities: { simple: `GA rule 125; ${HRC_PROCEDURE}` },
    observerNoVote: `GA res 60/251 para. 11; HRC res 5/1 annex, rule 7 (observers participate without vote)`,
    amendmentOrder: `GA rule 130; ${HRC_PROCEDURE}`,
  },
};

/**
 * How a body words the outcome of a vote on a proposal: a Main Committee *approves* a draft, as a
 * recommendation to the plenary, or rejects it (spec R55; GA rule 125 [V]); the plenary, the
 * Council and the Human Rights Council *adopt* it or not. The engine's outcome stays
 * 'adopted' | 'not-adopted'; this is the one authority on the word every screen, record and
 * export shows.
 */
export type OutcomeWording = 'adopt' | 'approve';

const OUTCOME_WORDING: Readonly<Record<BodyKind, { wording: OutcomeWording; rule: string }>> = {
  'security-council': { wording: 'adopt', rule: 'Charter Art. 27' },
  'general-assembly': { wording: 'adopt', rule: 'Charter Art. 18' },
  'ga-main-committee': { wording: 'approve', rule: 'GA rule 125; spec R55 (committees recommend, the plenary decides)' },
  'human-rights-council': { wording: 'adopt', rule: HRC_PROCEDURE },
};

/** The outcome word of a body (the older session body `ga-third-committee` is a Main Committee). */
export function outcomeWording(body: BodyKind | 'ga-third-committee' | (string & {}) | undefined | null): OutcomeWording {
  const kind = body === 'ga-third-committee' ? 'ga-main-committee' : body;
  return (kind && Object.hasOwn(OUTCOME_WORDING, kind) ? OUTCOME_WORDING[kind as BodyKind].wording : undefined) ?? 'adopt';
}

/** The word for one outcome: adopted / not adopted, or approved / rejected in a Main Committee. */
export function outcomeWord(
  body: BodyKind | 'ga-third-committee' | (string & {}) | undefined | null,
  outcome: 'adopted' | 'not-adopted',
): 'adopted' | 'not-adopted' | 'approved' | 'rejected' {
  if (outcomeWording(body) === 'adopt') return outcome;
  return outcome === 'adopted' ? 'approved' : 'rejected';
}

/** Why a feature is absent from a body: the rule that governs it there instead. */
const ABSENT: Readonly<Record<SessionFeature, Readonly<Partial<Record<BodyKind, string>>>>> = {
  'roll-call': { 'security-council': 'spec R13: the Council has no quorum rule and calls no roll of attendance' },
  quorum: { 'security-council': 'spec R13: the Council has no quorum rule' },
  'recorded-vote': { 'security-council': 'spec R56: the roll call is a GA rule; the Council votes by show of hands' },
  'two-thirds-majority': {
    'security-council': 'Charter Art. 27: the Council decides by nine votes',
    'ga-main-committee': 'GA rule 125; spec R55: committees decide by simple majority',
    'human-rights-council': `GA rule 125; ${HRC_PROCEDURE}: simple majority`,
  },
  'procedural-vote': {
    'general-assembly': "Charter Art. 18: the Assembly has no procedural/substantive threshold split (Art. 27(2) is the Council's)",
    'ga-main-committee': 'GA rule 125',
    'human-rights-council': `GA rule 125; ${HRC_PROCEDURE}`,
  },
  veto: {
    'general-assembly': 'Charter Art. 18(1): each Member has one vote; there is no veto',
    'ga-main-committee': 'Charter Art. 18(1): each Member has one vote; there is no veto',
    'human-rights-council': `${HRC_PROCEDURE}: each member has one vote; there is no veto`,
  },
  division: {},
  amendments: {},
  'agenda-vote': {
    'general-assembly':
      "GA rules 21–23: the Assembly adopts its agenda on the General Committee's report, not by an agenda vote at the meeting",
    'ga-main-committee': 'GA rule 99: items are allocated to committees by the plenary',
    'human-rights-council': "HRC res 5/1 annex, part V: the Council's agenda is fixed by the institution-building package",
  },
  'rule-37-invitation': {
    'general-assembly': "Charter Art. 9: every Member sits in the Assembly; Rule 37 is the Council's",
    'ga-main-committee': 'GA rule 100: every Member sits in each Main Committee',
    'human-rights-council': 'HRC res 5/1 annex, rule 7: observers take part as of right, without an invitation vote',
  },
  'meeting-request': {
    'general-assembly': "GA rules 1–8: sessions are convened by the Assembly's own calendar, not under Council Rules 2–3",
    'ga-main-committee': 'GA rules 1–8',
    'human-rights-council': 'GA res 60/251 para. 10: regular sessions; special sessions at the request of one third of members',
  },
};

/** Allowed, with the granting rule; or refused with the rule that excludes it in this body. */
export function checkFeature(body: BodyKind, feature: SessionFeature): Result<string, RuleError<BodyErrorCode>> {
  const grant = BODY_PROFILES[body].features[feature];
  if (grant) return ok(grant);
  const rule = ABSENT[feature][body] ?? BODY_PROFILES[body].amendmentOrder;
  return err({ code: 'not-in-this-body', message: `${feature} is not part of the procedure of the ${body}`, rule });
}

export function checkMotion(body: BodyKind, motion: string): Result<string, RuleError<BodyErrorCode>> {
  const grant = BODY_PROFILES[body].motions[motion as MotionKind];
  if (grant) return ok(grant);
  const list = body === 'security-council' ? 'Rule 33' : body === 'general-assembly' ? 'GA rule 77' : 'GA rule 119';
  return err({ code: 'not-in-this-body', message: `a motion "${motion}" is not among the motions of the ${body}`, rule: list });
}

export function checkMajority(body: BodyKind, majority: string): Result<string, RuleError<BodyErrorCode>> {
  const grant = BODY_PROFILES[body].majorities[majority];
  if (grant) return ok(grant);
  const rule = body === 'security-council' ? 'Charter Art. 27' : body === 'general-assembly' ? 'Charter Art. 18' : 'GA rule 125';
  return err({ code: 'not-in-this-body', message: `the ${body} does not decide by a "${majority}" majority`, rule });
}

/** Observers (non-member States, invitees, custom observers) speak but never vote. */
export function checkVoterStanding(body: BodyKind, standing: 'member' | 'observer' | 'suspended'): Result<true, RuleError<BodyErrorCode>> {
  if (standing === 'member') return ok(true);
  if (standing === 'suspended') {
    return err({
      code: 'membership-suspended',
      message: 'a member whose rights of membership are suspended does not vote',
      rule: body === 'human-rights-council' ? 'GA res 60/251 para. 8' : 'Charter Art. 5',
    });
  }
  return err({ code: 'observer-no-vote', message: 'an observer may speak but cannot vote', rule: BODY_PROFILES[body].observerNoVote });
}
