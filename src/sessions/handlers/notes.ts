/**
 * Notes between a delegation and the chair. `note-sent.v1` is a restricted event
 * (src/sessions/visibility.ts): the public state never holds it, the public stream and
 * exports replace it with a placeholder, and only the chair's and that delegation's tokens
 * can read it. Note ids must be unique per session (the engine keeps no note state, so a
 * repeated id is caught by the command id, not here).
 */
import type { EngineContext } from '../context.js';
import { event } from '../events.js';
import { maySpeak } from './participation.js';
import { actingState, emit, isChair, refuse, stamp, type Handler } from './shared.js';

const nowIso = (ctx: EngineContext) => new Date((ctx.now ?? Date.now)()).toISOString();

export const sendNote: Handler<'send-note'> = (state, c, ctx) => {
  if (state.phase === 'closed') return refuse('wrong-phase', 'the meeting is closed');
  const me = actingState(c);
  if (isChair(c)) {
    if (!c.to) return refuse('invalid-command', 'to: the chair writes to one delegation');
    if (!maySpeak(state, c.to)) return refuse('not-a-participant', `${c.to} is neither a member nor an invitee of this meeting`);
    return emit(event('note-sent.v1', { ...stamp(c), noteId: c.noteId, from: 'chair', to: c.to, text: c.text, sentAt: nowIso(ctx) }));
  }
  if (me === null) return refuse('not-your-ballot', 'a note comes from the chair or a delegation');
  if (c.to !== undefined) return refuse('not-chair', 'a delegation writes to the chair only');
  if (!maySpeak(state, me)) return refuse('not-a-participant', `${me} is neither a member nor an invitee of this meeting`);
  return emit(event('note-sent.v1', { ...stamp(c), noteId: c.noteId, from: me, to: 'chair', text: c.text, sentAt: nowIso(ctx) }));
};
