/**
 * Session events as stored and sent: one schema per `.v1` payload. Events are facts the
 * engine wrote, so these check shape, not the commands' input limits. A stored event that
 * fails them is a typed error (MalformedEventError), never silently skipped.
 */
// zod/mini: the browser folds events through the same reducer, and this keeps zod's full build out of its bundle.
import { z } from 'zod/mini';
import type { EventDataMap, EventType, SessionEvent } from '../sessions/events.js';
import { TRACE_CODES } from '../rules/types.js';
import { ATTENDANCE, BALLOTS, MEETING_FORMATS, MOTIONS, SESSION_BODIES } from './words.js';

const str = z.string();
const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(schema);
const codes = z.array(str);
const stamp = { time: opt(str), source: opt(str) };
const ev = <S extends Record<string, z.ZodMiniType>>(shape: S) => z.looseObject({ ...stamp, ...shape });
const BallotSchema = z.enum(BALLOTS);
const BodySchema = z.enum(SESSION_BODIES);
const FormatSchema = z.enum(MEETING_FORMATS);
const matter = z.enum(['procedural', 'non-procedural']);
const majority = z.enum(['simple', 'two-thirds']);
const motion = z.enum(MOTIONS);
const subject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agenda') }),
  z.object({ kind: z.literal('draft'), draftId: str }),
  z.object({ kind: z.literal('invitation'), invitee: str }),
  z.object({ kind: z.literal('motion'), motion, motionId: opt(str) }),
  z.object({ kind: z.literal('division'), divisionId: str }),
  z.object({
    kind: z.literal('part'),
    divisionId: str,
    part: opt(z.object({ part: z.enum(['preambular', 'operative']), index: z.number() })),
  }),
  z.object({ kind: z.literal('other') }),
]);
const count = z.number();
const tally = z.object({ yes: count, no: count, abstain: count, nonParticipation: count, absent: count });
const decision = z.looseObject({
  outcome: z.enum(['adopted', 'not-adopted']),
  reason: z.enum(['threshold-met', 'insufficient-votes', 'veto', 'tie', 'objection', 'consensus']),
  tally,
  required: count,
  vetoedBy: codes,
  rules: codes,
  explanation: str,
  // A warning's code and args render it in any language (src/records/explain warningText).
  warnings: z.array(z.object({ code: str, message: str, rule: opt(str), args: opt(z.record(str, z.union([count, str, codes]))) })),
  // code and args: the step, language-free (src/rules TRACE_CODES), for rendering in any language.
  trace: z.array(
    z.object({
      rule: str,
      spec: str,
      finding: str,
      code: opt(z.enum(TRACE_CODES)),
      args: opt(z.record(str, z.union([count, str, codes]))),
    }),
  ),
});
const members = z.array(z.object({ code: str, name: str, permanent: z.boolean() }));
const none = ev({});
const agendaItems = z.array(z.object({ number: str, title: str }));
const paragraph = z.object({ part: z.enum(['preambular', 'operative']), index: z.number() });

export const EVENT_SCHEMAS = {
  'session-created.v1': ev({
    sessionId: str,
    body: BodySchema,
    format: FormatSchema,
    date: str,
    title: str,
    item: opt(str),
    members,
    committee: opt(z.number()),
    observers: opt(members),
    unknownSeats: opt(z.number()),
    president: opt(str),
    meetingNumber: opt(z.number()),
    conveners: opt(codes),
    seizedItems: opt(codes),
    practice: opt(z.enum(['un', 'mun'])),
    sources: opt(codes),
  }),
  'meeting-requested.v1': ev({
    basis: z.enum(['rule-2', 'rule-3']),
    requesters: codes,
    urgency: z.enum(['unqualified', 'urgent']),
    letter: opt(z.object({ symbol: str, gaSymbol: opt(str), gaAgendaItems: opt(z.array(z.number())), date: opt(str) })),
    briefersRequested: opt(codes),
  }),
  'support-counted.v1': ev({ supporters: opt(codes), count, required: count, winnable: z.boolean(), note: opt(str) }),
  'request-withdrawn.v1': ev({ by: str, reason: opt(str) }),
  'meeting-scheduled.v1': ev({ date: str, by: str }),
  'meeting-opened.v1': none,
  'agenda-proposed.v1': ev({ items: z.array(z.object({ title: str, subItem: opt(str), documents: opt(codes) })) }),
  'agenda-objected.v1': ev({ by: str, reason: opt(str) }),
  'agenda-decided.v1': ev({ adopted: z.boolean(), method: z.enum(['without-vote', 'vote']), voteId: opt(str) }),
  'summary-statement-updated.v1': ev({ item: str, added: z.boolean(), lastFormalConsideration: str }),
  'invitation-proposed.v1': ev({ invitee: str, name: str, rule: z.enum(['37', '39', 'special']), title: opt(str) }),
  'invitation-objected.v1': ev({ invitee: str, by: str }),
  'invitations-decided.v1': ev({ invited: codes, notInvited: codes, method: z.enum(['without-vote', 'vote']), voteId: opt(str) }),
  'invitation-declined.v1': ev({ invitee: str, note: opt(str) }),
  'floor-requested.v1': ev({ speaker: str }),
  'statement-made.v1': ev({
    speaker: str,
    kind: z.enum(['statement', 'briefing', 'explanation-before-vote', 'explanation-after-vote', 'national-capacity']),
    summary: opt(str),
  }),
  'draft-submitted.v1': ev({
    draftId: str,
    symbol: opt(str),
    title: str,
    sponsors: codes,
    matter,
    majority: opt(majority),
    amends: opt(str),
    change: opt(z.enum(['add', 'delete', 'revise'])),
    distance: opt(z.number()),
    seq: z.number(),
    preambular: opt(codes),
    operative: opt(codes),
    paragraph: opt(paragraph),
    text: opt(str),
  }),
  'draft-withdrawn.v1': ev({ draftId: str }),
  'motion-moved.v1': ev({
    motionId: str,
    motion,
    by: str,
    detail: opt(str),
    seq: z.number(),
    totalSeconds: opt(z.number()),
    speakingSeconds: opt(z.number()),
    seconds: opt(z.number()),
    topic: opt(str),
  }),
  'motion-decided.v1': ev({ motionId: str, status: z.enum(['adopted', 'rejected', 'lapsed']), voteId: opt(str) }),
  'vote-opened.v1': ev({ voteId: str, question: str, subject, matter, majority: opt(majority), firstToVote: opt(str) }),
  'ballot-cast.v1': ev({ voteId: str, member: str, ballot: BallotSchema }),
  'vote-recorded.v1': ev({
    voteId: str,
    question: str,
    subject,
    matter,
    majority: opt(majority),
    ballots: opt(z.record(str, BallotSchema)),
    tally,
    decision,
    resolution: opt(str),
  }),
  'draft-decided.v1': ev({ draftId: str, status: z.enum(['adopted', 'not-adopted', 'lapsed']), voteId: opt(str) }),
  'webcast-consent-given.v1': ev({ member: str, consent: z.boolean() }),
  'webcast-decided.v1': ev({ webcast: z.boolean(), objectors: codes, missing: codes, explanation: opt(str) }),
  'meeting-suspended.v1': none,
  'meeting-resumed.v1': none,
  'meeting-adjourned.v1': none,
  'meeting-closed.v1': none,
  'communication-submitted.v1': ev({
    communicationId: str,
    from: str,
    kind: z.enum(['letter', 'note-verbale', 'communique']),
    addressee: z.enum(['secretary-general', 'president-of-the-council']),
    title: str,
    paragraphs: codes,
    annexes: z.array(z.object({ title: opt(str), paragraphs: codes })),
    signature: opt(z.object({ name: str, titles: codes })),
    circulation: z.object({ council: z.boolean(), assembly: opt(z.object({ session: count, agendaItems })) }),
    original: str,
    date: opt(str),
    seq: count,
  }),
  'symbol-counter-set.v1': ev({ series: str, next: count }),
  'document-issued.v1': ev({
    documentId: str,
    of: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('communication'), communicationId: str }),
      z.object({ kind: z.literal('draft'), draftId: str }),
    ]),
    organs: z.array(
      z.discriminatedUnion('organ', [
        z.object({ organ: z.literal('general-assembly'), session: count, committee: opt(count), agendaItems, symbol: str }),
        z.object({ organ: z.literal('security-council'), year: count, symbol: str }),
      ]),
    ),
    numbered: z.array(z.object({ series: str, n: count })),
    modifies: opt(z.object({ documentId: str, modifier: z.enum(['Rev', 'Add', 'Corr']) })),
    distribution: z.enum(['general', 'limited']),
    date: str,
    original: str,
    seq: count,
  }),
  'roll-called.v1': ev({ rollId: str }),
  'roll-answered.v1': ev({ member: str, attendance: z.enum(ATTENDANCE), recordedBy: z.enum(['delegation', 'chair']) }),
  // Running the meeting (issue 10).
  'floor-given.v1': ev({ member: str, limitSeconds: z.number(), startedAt: str }),
  'floor-extended.v1': ev({ seconds: z.number() }),
  'floor-yielded.v1': ev({ by: str, to: z.enum(['speaker', 'questions']), member: str, limitSeconds: z.number(), startedAt: str }),
  'speakers-list-changed.v1': ev({ speakers: codes }),
  'point-raised.v1': ev({ pointId: str, by: str, kind: z.enum(['order', 'reply']) }),
  'point-resolved.v1': ev({ pointId: str, outcome: z.enum(['heard', 'dismissed']) }),
  'straw-poll-opened.v1': ev({ pollId: str, question: str, options: codes }),
  'straw-poll-answered.v1': ev({ pollId: str, member: str, option: z.number() }),
  'straw-poll-closed.v1': ev({ pollId: str }),
  'note-sent.v1': ev({ noteId: str, from: str, to: str, text: str, sentAt: str }),
  'draft-cosponsored.v1': ev({ draftId: str, member: str }),
  // Model UN caucuses (practice: Model UN; src/rules/practice/caucus.ts).
  'caucus-started.v1': ev({
    motionId: str,
    kind: z.enum(['moderated', 'unmoderated']),
    totalSeconds: z.number(),
    speakingSeconds: opt(z.number()),
    topic: opt(str),
    startedAt: str,
  }),
  'caucus-extended.v1': ev({ motionId: str, seconds: z.number() }),
  'caucus-ended.v1': ev({ elapsedSeconds: z.number() }),
  // Restricted events (src/sessions/visibility.ts): only the server reads them.
  'co-chair-issued.v1': ev({ coChairId: str, label: opt(str), credentials: opt(z.object({ token: str })) }),
  'co-chair-revoked.v1': ev({ coChairId: str }),
  // Division of a text (Rule 32; GA rule 89 [129]).
  'division-requested.v1': ev({ divisionId: str, draftId: str, by: str, parts: z.array(paragraph), wording: codes, rule: str }),
  'division-objected.v1': ev({ divisionId: str, by: str, effect: z.enum(['blocks', 'vote']), rule: str }),
  'division-decided.v1': ev({
    divisionId: str,
    outcome: z.enum(['agreed', 'rejected', 'blocked']),
    method: z.enum(['without-objection', 'vote', 'mover-objected']),
    voteId: opt(str),
    rule: str,
  }),
  'part-decided.v1': ev({ divisionId: str, part: paragraph, retained: z.boolean(), voteId: str }),
  'division-completed.v1': ev({
    divisionId: str,
    draftId: str,
    outcome: z.enum(['vote-as-whole', 'rejected-as-whole']),
    preambular: codes,
    operative: codes,
    rule: str,
  }),
} satisfies { [K in EventType]: z.ZodMiniType };

// Compile-time check: what a schema accepts is what the engine's event type says.
type Accepts = { [K in EventType]: z.infer<(typeof EVENT_SCHEMAS)[K]> extends EventDataMap[K] ? true : K };
type Mismatched = Exclude<Accepts[EventType], true>;
const _schemasMatchTypes: [Mismatched] extends [never] ? true : Mismatched = true;
void _schemasMatchTypes;

/** A stored event this version cannot read: an unknown type or a payload of the wrong shape. */
export class MalformedEventError extends Error {
  readonly code = 'malformed-event';
  constructor(
    readonly type: string,
    readonly issue: string,
    readonly version?: number,
  ) {
    super(`malformed event${version === undefined ? '' : ` #${version}`} "${type}": ${issue}`);
    this.name = 'MalformedEventError';
  }
}

/** The event, checked: its type is known and its payload has that type's shape. Throws MalformedEventError. */
export function checkEvent(raw: { type: string; data: unknown; version?: number }): SessionEvent {
  const type = typeof raw?.type === 'string' ? raw.type : String(typeof raw?.type);
  const schema = Object.hasOwn(EVENT_SCHEMAS, type) ? EVENT_SCHEMAS[type as EventType] : undefined;
  if (!schema) throw new MalformedEventError(type, 'unknown event type', raw?.version);
  const parsed = schema.safeParse(raw.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MalformedEventError(type, `${issue?.path.join('.') || 'data'}: ${issue?.message ?? 'invalid'}`, raw.version);
  }
  return raw as SessionEvent;
}
