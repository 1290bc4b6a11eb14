/**
 * Who holds which secret: resolves bearer tokens to actors and join codes to
 * delegations, from the `credentials` each session carries in its `session-created`
 * event. Reading them from the event log (not from memory of what this instance
 * created) is what lets a second instance on the same database honour the same tokens.
 */
import type { EventStore } from '../store/event-store.js';
import { readCredentials, unseal, type Credentials } from './credentials.js';
import { hashSecret, normalizeJoinCode, sameHash } from './tokens.js';

export type Actor = { role: 'chair' } | { role: 'delegation'; code: string };

export interface Delegation {
  code: string;
  name: string;
}

export interface Joined extends Delegation {
  sessionId: string;
  token: string;
}

/** What the server knows about one session's identities. */
export interface SessionIdentity {
  /** null: a session made without credentials (CLI, fixture): nobody can command it over HTTP. */
  credentials: Credentials | null;
  delegations: Delegation[];
}

/** The event whose data carries `credentials`: "session-created.v1" (src/sessions/events.ts), any version. */
export function isSessionCreated(type: string): boolean {
  return type === 'session-created' || type.startsWith('session-created.');
}

export class SessionDirectory {
  private readonly sessions = new Map<string, SessionIdentity>();
  /** joinHash -> where that join code leads. */
  private readonly joins = new Map<string, { sessionId: string; code: string }>();
  private scanning: Promise<void> | null = null;

  constructor(private readonly store: EventStore) {}

  /** Remember a session this instance just created, so its creator need not wait for a read. */
  remember(sessionId: string, identity: SessionIdentity): void {
    this.sessions.set(sessionId, identity);
    for (const d of identity.credentials?.delegations ?? []) this.joins.set(d.joinHash, { sessionId, code: d.code });
  }

  /**
   * The actor a bearer token stands for in `sessionId`:
   * 'unknown-session' if there is no such session, undefined if the token is not one of its tokens.
   */
  async authenticate(sessionId: string, token: string): Promise<Actor | 'unknown-session' | undefined> {
    const identity = await this.identityOf(sessionId);
    if (!identity) return 'unknown-session';
    const credentials = identity.credentials;
    if (!credentials) return undefined;
    const hash = hashSecret(token);
    if (sameHash(hash, credentials.chair)) return { role: 'chair' };
    const delegation = credentials.delegations.find((d) => sameHash(hash, d.tokenHash));
    return delegation ? { role: 'delegation', code: delegation.code } : undefined;
  }

  /** Exchange a join code for its delegation's bearer token; undefined if the code is unknown. */
  async join(rawCode: string): Promise<Joined | undefined> {
    const joinCode = normalizeJoinCode(rawCode);
    const hash = hashSecret(joinCode);
    let found = this.joins.get(hash);
    if (!found) {
      // Perhaps created by another instance since we last looked.
      await this.scanNewSessions();
      found = this.joins.get(hash);
    }
    if (!found) return undefined;
    const identity = this.sessions.get(found.sessionId);
    const sealed = identity?.credentials?.delegations.find((d) => d.code === found.code)?.sealedToken;
    const token = sealed && unseal(sealed, joinCode);
    if (!identity || !token) return undefined;
    return { sessionId: found.sessionId, code: found.code, name: nameIn(identity, found.code), token };
  }

  /** The join codes of a session, recovered with the chair's token (undefined if it is not the chair's). */
  async joinCodes(sessionId: string, chairToken: string): Promise<(Delegation & { joinCode: string })[] | undefined> {
    const identity = await this.identityOf(sessionId);
    const credentials = identity?.credentials;
    if (!identity || !credentials || !sameHash(hashSecret(chairToken), credentials.chair)) return undefined;
    const codes: (Delegation & { joinCode: string })[] = [];
    for (const d of credentials.delegations) {
      const joinCode = unseal(d.sealedJoinCode, chairToken);
      if (joinCode) codes.push({ code: d.code, name: nameIn(identity, d.code), joinCode });
    }
    return codes;
  }

  /** What a session's `session-created` event says about identities; undefined: no such session. */
  async identityOf(sessionId: string): Promise<SessionIdentity | undefined> {
    const known = this.sessions.get(sessionId);
    if (known) return known;
    const events = await this.store.read(sessionId, 0);
    if (events.length === 0) return undefined;
    const data = events.find((e) => isSessionCreated(e.type))?.data as { credentials?: unknown; members?: unknown } | undefined;
    const identity: SessionIdentity = {
      credentials: readCredentials(data?.credentials) ?? null,
      delegations: readMembers(data?.members),
    };
    this.remember(sessionId, identity);
    return identity;
  }

  /** Index the join codes of every session not yet seen; concurrent callers share one scan. */
  private scanNewSessions(): Promise<void> {
    if (!this.scanning) {
      this.scanning = (async () => {
        try {
          for (const s of await this.store.listSessions()) {
            if (!this.sessions.has(s.sessionId)) await this.identityOf(s.sessionId);
          }
        } finally {
          this.scanning = null;
        }
      })();
    }
    return this.scanning;
  }
}

function nameIn(identity: SessionIdentity, code: string): string {
  return identity.delegations.find((d) => d.code === code)?.name ?? code;
}

function readMembers(value: unknown): Delegation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((m: unknown) => {
    const { code, name } = (m ?? {}) as { code?: unknown; name?: unknown };
    return typeof code === 'string' ? [{ code, name: typeof name === 'string' ? name : code }] : [];
  });
}
