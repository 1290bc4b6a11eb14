/**
 * handle(state, command, ctx): the engine's judgement. It validates a command against the
 * session's state, its author's role and the rules engine, and answers with the events to
 * append or a typed refusal. Pure: it reads nothing else. Bad input is a refusal, never an
 * exception; an exception is a defect and is left to propagate, so tests and logs see it.
 */
import { err, type Result } from '../rules/result.js';
import { parseCommand, type Command, type CommandType } from '../protocol/commands.js';
import type { EngineContext } from './context.js';
import { commandError, type CommandError } from '../protocol/errors.js';
import type { SessionEvent } from './events.js';
import { consentWebcast, decideWebcast } from './handlers/arria.js';
import { adoptAgenda, objectToAgenda, proposeAgenda } from './handlers/agenda.js';
import {
  adjournMeeting,
  closeMeeting,
  countSupport,
  openMeeting,
  requestMeeting,
  resumeMeeting,
  scheduleMeeting,
  suspendMeeting,
  withdrawRequest,
} from './handlers/convening.js';
import { createSession } from './handlers/create.js';
import { cosponsorDraft, submitDraft, withdrawDraft } from './handlers/drafts.js';
import { agreeDivision, objectToDivision, requestDivision } from './handlers/division.js';
import { issueDocument, setSymbolCounter, submitCommunication } from './handlers/documents.js';
import { moveMotion } from './handlers/motions.js';
import { endCaucus } from './handlers/caucus.js';
import {
  declineInvitation,
  decideInvitations,
  makeStatement,
  objectToInvitation,
  proposeInvitation,
  requestFloor,
} from './handlers/participation.js';
import { addSpeaker, endStatement, extendFloor, giveFloor, moveSpeaker, removeSpeaker, yieldFloor } from './handlers/floor.js';
import { sendNote } from './handlers/notes.js';
import { raisePoint, resolvePoint } from './handlers/points.js';
import type { Handler } from './handlers/shared.js';
import { answerRoll, callRoll } from './handlers/roll-call.js';
import { answerStrawPoll, closeStrawPoll, openStrawPoll } from './handlers/straw-polls.js';
import { castBallot, closeVote, openVote, recordVote } from './handlers/voting.js';
import type { SessionState } from './state.js';

/** One handler per command type: the compiler fails when a command has none. */
export type Handlers = { [T in CommandType]: Handler<T> };

export const HANDLERS: Handlers = {
  'create-session': createSession,
  'request-meeting': requestMeeting,
  'count-support': countSupport,
  'withdraw-request': withdrawRequest,
  'schedule-meeting': scheduleMeeting,
  'open-meeting': openMeeting,
  'propose-agenda': proposeAgenda,
  'object-to-agenda': objectToAgenda,
  'adopt-agenda': adoptAgenda,
  'propose-invitation': proposeInvitation,
  'object-to-invitation': objectToInvitation,
  'decide-invitations': decideInvitations,
  'decline-invitation': declineInvitation,
  'request-floor': requestFloor,
  'make-statement': makeStatement,
  'submit-draft': submitDraft,
  'withdraw-draft': withdrawDraft,
  'move-motion': moveMotion,
  'open-vote': openVote,
  'call-roll': callRoll,
  'answer-roll': answerRoll,
  'cast-ballot': castBallot,
  'close-vote': closeVote,
  'record-vote': recordVote,
  'consent-webcast': consentWebcast,
  'decide-webcast': decideWebcast,
  'suspend-meeting': suspendMeeting,
  'resume-meeting': resumeMeeting,
  'adjourn-meeting': adjournMeeting,
  'close-meeting': closeMeeting,
  'submit-communication': submitCommunication,
  'issue-document': issueDocument,
  'set-symbol-counter': setSymbolCounter,
  'give-floor': giveFloor,
  'extend-floor': extendFloor,
  'yield-floor': yieldFloor,
  'end-statement': endStatement,
  'add-speaker': addSpeaker,
  'remove-speaker': removeSpeaker,
  'move-speaker': moveSpeaker,
  'raise-point': raisePoint,
  'resolve-point': resolvePoint,
  'open-straw-poll': openStrawPoll,
  'answer-straw-poll': answerStrawPoll,
  'close-straw-poll': closeStrawPoll,
  'send-note': sendNote,
  'cosponsor-draft': cosponsorDraft,
  'request-division': requestDivision,
  'object-to-division': objectToDivision,
  'agree-division': agreeDivision,
  'end-caucus': endCaucus,
};

/** Decide a parsed command. Rejections are values. */
export function handle(state: SessionState, command: Command, ctx: EngineContext): Result<SessionEvent[], CommandError> {
  return handleWith(HANDLERS, state, command, ctx);
}

/** `handle` with a given handler table (tests inject a faulty one to prove the fuzz sees defects). */
export function handleWith(
  handlers: Handlers,
  state: SessionState,
  command: Command,
  ctx: EngineContext,
): Result<SessionEvent[], CommandError> {
  if (command.type !== 'create-session' && !state.session) {
    return err(commandError('session-not-found', 'the session has not been created'));
  }
  if (state.phase === 'withdrawn' && command.type !== 'create-session') {
    return err(commandError('wrong-phase', 'the meeting request was withdrawn: no meeting takes place'));
  }
  const handler = handlers[command.type] as Handler<CommandType>;
  return handler(state, command, ctx);
}

/** Parse untrusted input (JSON from a client) and decide it. */
export function handleInput(
  state: SessionState,
  input: unknown,
  ctx: EngineContext,
  handlers: Handlers = HANDLERS,
): Result<SessionEvent[], CommandError> {
  const parsed = parseCommand(input);
  return parsed.ok ? handleWith(handlers, state, parsed.value, ctx) : parsed;
}
