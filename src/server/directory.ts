/**
 * Who holds which secret: resolves bearer tokens to actors and join codes to
 * delegations, from the identity store (src/store/identity-store.ts) that sits beside the
 * events in the same database, so a second instance on a shared database honours the
 * same tokens. A join code is one indexed read by its hash, never a scan of sessions.
 */
import type { EventStore } from '../store/event-store.js';
import { CoChairLedger, type CoChair } from './co-chairs.js';
import { readCredentials, unseal, type Credentials } from './credentials.js';
import { hashSecret, normalizeJoinCode, sameHash } from './tokens.js';

/** A co-chair acts as the chair (`coChair` names which link it holds: co-chairs.ts). */
export type Actor = { role: 'chair'; coChair?: string } | { role: 'delegation'; code: string };

export interface Delegation {
  code: string;
  name: string;
}

export interface Joined extends Delegation {
  sessionId: string;
  token: string;
}

interface Known {
  credentials: Credentials;
  /** Token hash -> who holds it: one map lookup per command instead of a compare per delegation. */
  actors: Map<string, Actor>;
}

export class SessionDirectory {
  /** Sessions seen (their credentials never change once written). */
  private readonly known = new Map<string, Known>();
  private readonly ledgers = new Map<string, CoChairLedger>();

  constructor(private readonly store: EventStore) {}

  /**
   * The actor a bearer token stands for in `sessionId`:
   * 'unknown-session' if there is no such session, undefined if the token is not one of its tokens.
   */
  async authenticate(sessionId: string, token: string): Promise<Actor | 'unknown-session' | undefined> {
    const known = await this.knownSession(sessionId);
    // A session made without credentials (CLI, fixture): nobody can command it over HTTP.
    if (!known) return (await this.exists(sessionId)) ? undefined : 'unknown-session';
    const hash = hashSecret(token);
    const actor = known.actors.get(hash);
    // The map found it by its hash; compare again in constant time before trusting it.
    if (actor && sameHash(hash, actor.role === 'chair' ? known.credentials.chair : tokenHashOf(known.credentials, actor.code)))
      return actor;
    // Perhaps a co-chair link: read the log afresh, so a revocation on any instance counts at once.
    const coChair = (await this.ledger(sessionId)).holder(token);
    return coChair ? { role: 'chair', coChair: coChair.coChairId } : undefined;
  }

  /** The co-chair links in office, as the log says now. */
  async coChairs(sessionId: string): Promise<CoChair[]> {
    return (await this.ledger(sessionId)).list();
  }

  private async ledger(sessionId: string): Promise<CoChairLedger> {
    let ledger = this.ledgers.get(sessionId);
    if (!ledger) this.ledgers.set(sessionId, (ledger = new CoChairLedger()));
    ledger.absorb(await this.store.read(sessionId, ledger.seen));
    return ledger;
  }

  /** Exchange a join code for its delegation's bearer token; undefined if the code is unknown. */
  async join(rawCode: string): Promise<Joined | undefined> {
    const joinCode = normalizeJoinCode(rawCode);
    const found = await this.store.identities.findJoin(hashSecret(joinCode));
    const credentials = found && readCredentials(found.record);
    if (!found || !credentials) return undefined;
    this.remember(found.sessionId, credentials);
    const sealed = credentials.delegations.find((d) => d.code === found.code)?.sealedToken;
    const token = sealed && unseal(sealed, joinCode);
    if (!token) return undefined;
    return { sessionId: found.sessionId, code: found.code, name: await this.nameIn(found.sessionId, credentials, found.code), token };
  }

  /** The join codes of a session, recovered with the chair's token (undefined if it is not the chair's). */
  async joinCodes(sessionId: string, chairToken: string): Promise<(Delegation & { joinCode: string })[] | undefined> {
    const credentials = (await this.knownSession(sessionId))?.credentials;
    if (!credentials || !sameHash(hashSecret(chairToken), credentials.chair)) return undefined;
    const codes: (Delegation & { joinCode: string })[] = [];
    for (const d of credentials.delegations) {
      const joinCode = unseal(d.sealedJoinCode, chairToken);
      if (joinCode) codes.push({ code: d.code, name: await this.nameIn(sessionId, credentials, d.code), joinCode });
    }
    return codes;
  }

  /** Whether the session exists (has a stored event). */
  async exists(sessionId: string): Promise<boolean> {
    if (this.known.has(sessionId)) return true;
    return (await this.store.read(sessionId, 0)).length > 0;
  }

  private async knownSession(sessionId: string): Promise<Known | undefined> {
    const known = this.known.get(sessionId);
    if (known) return known;
    const credentials = readCredentials(await this.store.identities.get(sessionId));
    return credentials && this.remember(sessionId, credentials);
  }

  private remember(sessionId: string, credentials: Credentials): Known {
    const actors = new Map<string, Actor>([[credentials.chair, { role: 'chair' }]]);
    for (const d of credentials.delegations) actors.set(d.tokenHash, { role: 'delegation', code: d.code });
    const known = { credentials, actors };
    this.known.set(sessionId, known);
    return known;
  }

  /** A delegation's name: kept with the credentials; for sessions migrated from the event log, read from its members. */
  private async nameIn(sessionId: string, credentials: Credentials, code: string): Promise<string> {
    const kept = credentials.names[code];
    if (kept) return kept;
    const created = (await this.store.read(sessionId, 0))[0]?.data as { members?: unknown } | undefined;
    const members = Array.isArray(created?.members) ? (created.members as { code?: unknown; name?: unknown }[]) : [];
    const member = members.find((m) => m?.code === code);
    return typeof member?.name === 'string' ? member.name : code;
  }
}

function tokenHashOf(credentials: Credentials, code: string): string {
  return credentials.delegations.find((d) => d.code === code)?.tokenHash ?? '';
}
