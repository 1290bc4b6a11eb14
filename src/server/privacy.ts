/**
 * Who may read a session. A private meeting (Rule 48; spec R41) and informal consultations
 * (spec R42) are read only by their participants: the chair's token or a member
 * delegation's. The public sees what the rules publish: a private meeting's communiqué once
 * the meeting has closed (Rule 55, in place of a verbatim record), and nothing at all of
 * consultations (no record is kept). Public and Arria-formula meetings stay open to all.
 */
import { MEETING_FORMATS, type MeetingFormat } from '../rules/security-council/formats.js';
import { publication, publishedToPublic } from '../rules/security-council/publication.js';
import type { EventStore } from '../store/event-store.js';
import type { Actor, SessionDirectory } from './directory.js';
import { HttpError } from './errors.js';

export type SessionFormat = MeetingFormat;
export { publishedToPublic };

/** Private meetings (R41) and consultations (R42) are read by their participants only. */
export function isClosedFormat(format: SessionFormat): boolean {
  return publication(format).participantsOnly;
}

export type Reader = { kind: 'participant'; actor: Actor } | { kind: 'public' };

export interface ReadAccess {
  format: SessionFormat;
  closed: boolean;
  reader: Reader;
}

/** Turns a session id and an optional bearer token into who is reading, refusing the public where it may not read. */
export class ReadGuard {
  /** A session's format never changes after `session-created`: cache it. */
  private readonly formats = new Map<string, SessionFormat>();

  constructor(
    private readonly store: EventStore,
    private readonly directory: SessionDirectory,
  ) {}

  remember(sessionId: string, format: SessionFormat): void {
    this.formats.set(sessionId, format);
  }

  /** The session's format, or undefined when there is no such session. */
  async formatOf(sessionId: string): Promise<SessionFormat | undefined> {
    const known = this.formats.get(sessionId);
    if (known) return known;
    const events = await this.store.read(sessionId, 0);
    if (events.length === 0) return undefined;
    // "session-created.v1" (src/sessions/events.ts), any version.
    const data = events.find((e) => e.type.startsWith('session-created'))?.data as { format?: unknown } | undefined;
    // A session without a readable format is treated as the strictest kind, never as public.
    const claimed = data?.format;
    const format: SessionFormat = isFormat(claimed) ? claimed : 'consultations';
    this.formats.set(sessionId, format);
    return format;
  }

  /**
   * Who reads `sessionId` with `token`: 404 if there is no such session; for a closed
   * session, 401 without a token or with one that is not this session's.
   */
  async access(sessionId: string, token: string | undefined): Promise<ReadAccess> {
    const format = await this.formatOf(sessionId);
    if (!format) throw new HttpError(404, 'session-not-found', `There is no session "${sessionId}".`);
    const closed = isClosedFormat(format);
    if (token) {
      const actor = await this.directory.authenticate(sessionId, token);
      if (actor && actor !== 'unknown-session') return { format, closed, reader: { kind: 'participant', actor } };
      if (closed) throw new HttpError(401, 'bad-token', 'That token does not belong to this session.');
    }
    return { format, closed, reader: { kind: 'public' } };
  }

  /** Like access(), but a closed session refuses the public outright (state, events, votes, the live socket). */
  async participantsOnly(sessionId: string, token: string | undefined): Promise<ReadAccess> {
    const access = await this.access(sessionId, token);
    if (access.closed && access.reader.kind === 'public') throw privateSession(access.format, sessionId);
    return access;
  }
}

export function privateSession(format: SessionFormat, sessionId: string): HttpError {
  const what =
    format === 'private'
      ? `a private meeting: only its participants may read it; the public sees its communiqué, issued when the meeting closes (GET /api/sessions/${sessionId}/communique)`
      : 'informal consultations: only the participants may read them, and no record is published';
  return new HttpError(
    401,
    'private-session',
    `This session is ${what}. Send the chair's or a delegation's token: Authorization: Bearer <token>.`,
    format === 'private' ? 'Rule 55' : 'spec R42',
  );
}

function isFormat(value: unknown): value is SessionFormat {
  return (MEETING_FORMATS as readonly unknown[]).includes(value);
}
