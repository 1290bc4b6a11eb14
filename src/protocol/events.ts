/**
 * Session events as stored and sent: one schema per `.v1` payload. Events are facts the
 * engine wrote, so these check shape, not the commands' input limits. A stored event that
 * fails them is a typed error (MalformedEventError), never silently skipped.
 */
import { z } from 'zod';
import type { EventDataMap, EventType, SessionEvent } from '../sessions/events.js';
import { BallotSchema, BodySchema, FormatSchema } from './vocabulary.js';

const str = z.string();
const codes = z.array(str);
const stamp = { time: str.optional(), source: str.optional() };
const ev = <S extends z.ZodRawShape>(shape: S) => z.object({ ...stamp, ...shape }).loose();
const matter = z.enum(['procedural', 'non-procedural']);
const majority = z.enum(['simple', 'two-thirds']);
const motion = z.enum(['suspend', 'adjourn', 'adjourn-to', 'refer', 'postpone']);
const subject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agenda') }),
  z.object({ kind: z.literal('draft'), draftId: str }),
  z.object({ kind: z.literal('invitation'), invitee: str }),
  z.object({ kind: z.literal('motion'), motion, motionId: str.optional() }),
  z.object({ kind: z.literal('other') }),
]);
const count = z.number().int().min(0);
const tally = z.object({ yes: count, no: count, abstain: count, nonParticipation: count, absent: count });
const decision = z
  .object({
    outcome: z.enum(['adopted', 'not-adopted']),
    reason: z.enum(['threshold-met', 'insufficient-votes', 'veto', 'tie', 'objection', 'consensus']),
    tally,
    required: count,
    vetoedBy: codes,
    rules: codes,
    explanation: str,
    warnings: z.array(z.object({ code: str, message: str, rule: str.optional() })),
    trace: z.array(z.object({ rule: str, spec: str, finding: str })),
  })
  .loose();
const members = z.array(z.object({ code: str, name: str, permanent: z.boolean() }));
const none = ev({});

export const EVENT_SCHEMAS = {
  'session-created.v1': ev({
    sessionId: str, body: BodySchema, format: FormatSchema, date: str, title: str, item: str.optional(), members,
    president: str.optional(), meetingNumber: z.number().optional(), conveners: codes.optional(), seizedItems: codes.optional(),
    credentials: z.record(str, str).optional(), sources: codes.optional(),
  }),
  'meeting-requested.v1': ev({
    basis: z.enum(['rule-2', 'rule-3']), requesters: codes, urgency: z.enum(['unqualified', 'urgent']),
    letter: z.object({ symbol: str, gaSymbol: str.optional(), gaAgendaItems: z.array(z.number()).optional(), date: str.optional() }).optional(),
    briefersRequested: codes.optional(),
  }),
  'support-counted.v1': ev({ supporters: codes.optional(), count, required: count, winnable: z.boolean(), note: str.optional() }),
  'request-withdrawn.v1': ev({ by: str, reason: str.optional() }),
  'meeting-scheduled.v1': ev({ date: str, by: str }),
  'meeting-opened.v1': none,
  'agenda-proposed.v1': ev({ items: z.array(z.object({ title: str, subItem: str.optional(), documents: codes.optional() })) }),
  'agenda-objected.v1': ev({ by: str, reason: str.optional() }),
  'agenda-decided.v1': ev({ adopted: z.boolean(), method: z.enum(['without-vote', 'vote']), voteId: str.optional() }),
  'summary-statement-updated.v1': ev({ item: str, added: z.boolean(), lastFormalConsideration: str }),
  'invitation-proposed.v1': ev({ invitee: str, name: str, rule: z.enum(['37', '39', 'special']), title: str.optional() }),
  'invitation-objected.v1': ev({ invitee: str, by: str }),
  'invitations-decided.v1': ev({ invited: codes, notInvited: codes, method: z.enum(['without-vote', 'vote']), voteId: str.optional() }),
  'invitation-declined.v1': ev({ invitee: str, note: str.optional() }),
  'floor-requested.v1': ev({ speaker: str }),
  'statement-made.v1': ev({
    speaker: str, kind: z.enum(['statement', 'briefing', 'explanation-before-vote', 'explanation-after-vote', 'national-capacity']), summary: str.optional(),
  }),
  'draft-submitted.v1': ev({
    draftId: str, symbol: str.optional(), title: str, sponsors: codes, matter, majority: majority.optional(), amends: str.optional(),
    change: z.enum(['add', 'delete', 'revise']).optional(), distance: z.number().optional(), seq: z.number(),
  }),
  'draft-withdrawn.v1': ev({ draftId: str }),
  'motion-moved.v1': ev({ motionId: str, motion, by: str, detail: str.optional(), seq: z.number() }),
  'motion-decided.v1': ev({ motionId: str, status: z.enum(['adopted', 'rejected', 'lapsed']), voteId: str.optional() }),
  'vote-opened.v1': ev({ voteId: str, question: str, subject, matter, majority: majority.optional() }),
  'ballot-cast.v1': ev({ voteId: str, member: str, ballot: BallotSchema }),
  'vote-recorded.v1': ev({
    voteId: str, question: str, subject, matter, majority: majority.optional(), ballots: z.record(str, BallotSchema).optional(), tally, decision,
    resolution: str.optional(),
  }),
  'draft-decided.v1': ev({ draftId: str, status: z.enum(['adopted', 'not-adopted', 'lapsed']), voteId: str.optional() }),
  'webcast-consent-given.v1': ev({ member: str, consent: z.boolean() }),
  'webcast-decided.v1': ev({ webcast: z.boolean(), objectors: codes, missing: codes, explanation: str.optional() }),
  'meeting-suspended.v1': none,
  'meeting-resumed.v1': none,
  'meeting-adjourned.v1': none,
  'meeting-closed.v1': none,
} satisfies { [K in EventType]: z.ZodType };

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
