/**
 * SessionService: the engine over an event store, shared by the CLI and the server.
 * execute = state (cached per session) -> handle -> append at the expected version. The
 * cache is trusted without a read: if another writer has moved the stream on, the append
 * at the cached version fails with a conflict, and the service reloads and decides again.
 * A refusal decided on the cache alone is checked once against a fresh read, so a stale
 * cache can delay a command but never wrongly refuse it. A command id already applied to
 * the session returns the original events (idempotent retries).
 */
import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../rules/result.js';
import { ConcurrencyError, type EventStore, type SessionSummary, type StoredEvent } from '../store/event-store.js';
import { parseCommand, type Command } from '../protocol/commands.js';
import type { EngineContext } from './context.js';
import { handle } from './handle.js';
import { defaultContext } from './default-context.js';
import { commandError, type CommandError } from '../protocol/errors.js';
import { initialState, reduce, type SessionState } from './reducer.js';

export interface ExecuteResult {
  sessionId: string;
  /** The session's version after the command (the original one for a duplicate). */
  version: number;
  /** The events the command produced (empty when it changed nothing). */
  events: StoredEvent[];
  /** True when this command id had already been applied: nothing new was written. */
  duplicate: boolean;
}

export interface LoadedSession {
  sessionId: string;
  version: number;
  state: SessionState;
}

export interface SessionServiceOptions {
  context?: EngineContext;
  /** Session ids for create() when the command names none. */
  newId?: () => string;
  /** Attempts after a version conflict before giving up (default 16). */
  retries?: number;
}

interface Cached {
  version: number;
  state: SessionState;
  /** Command id -> [first, last] version it produced, to answer retries. */
  commands: Map<string, [number, number]>;
}

export class SessionService {
  private readonly cache = new Map<string, Cached>();
  private readonly context: EngineContext;
  private readonly newId: () => string;
  private readonly retries: number;

  constructor(
    readonly store: EventStore,
    options: SessionServiceOptions = {},
  ) {
    this.context = options.context ?? defaultContext;
    this.newId = options.newId ?? (() => randomUUID());
    this.retries = options.retries ?? 16;
  }

  /** Create a session from a `create-session` command; the id is the command's `sessionId` or a new one. */
  async create(input: unknown): Promise<Result<ExecuteResult, CommandError>> {
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed;
    if (parsed.value.type !== 'create-session') {
      return err(commandError('invalid-command', `type: expected "create-session", got "${parsed.value.type}"`));
    }
    const command = { ...parsed.value, sessionId: parsed.value.sessionId ?? this.newId() };
    return this.run(command.sessionId, command);
  }

  /** Apply one command to a session; the answer is its events or a typed refusal. */
  async execute(sessionId: string, input: unknown): Promise<Result<ExecuteResult, CommandError>> {
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed;
    if (parsed.value.type === 'create-session') {
      return err(commandError('session-exists', 'use create() to start a session'));
    }
    return this.run(sessionId, parsed.value);
  }

  /** The session's state at its latest version. */
  async load(sessionId: string): Promise<Result<LoadedSession, CommandError>> {
    const cached = await this.catchUp(sessionId);
    if (!cached.state.session) return err(commandError('session-not-found', `no session ${sessionId}`));
    return ok({ sessionId, version: cached.version, state: cached.state });
  }

  /** Stored events after `after` (0 = all). */
  events(sessionId: string, after = 0): Promise<StoredEvent[]> {
    return this.store.read(sessionId, after);
  }

  list(): Promise<SessionSummary[]> {
    return this.store.listSessions();
  }

  /**
   * Be told of new events of one session (or of every session with `null`), whichever
   * process wrote them, each once and in order; a session the service has never loaded is
   * delivered from its first event. Returns the unsubscribe function.
   */
  subscribe(sessionId: string | null, listener: (sessionId: string, events: StoredEvent[]) => void): () => void {
    const seen = new Map<string, number>();
    let chain = Promise.resolve();
    return this.store.subscribe((id, version) => {
      if (sessionId !== null && id !== sessionId) return;
      // Serialise reads so a listener sees each event once and in order.
      chain = chain.then(async () => {
        // Deliver everything this subscriber has not seen: from what the service last knew of
        // the session (another process may have appended several events at once).
        const after = seen.get(id) ?? this.cache.get(id)?.version ?? 0;
        if (version <= after) return;
        const fresh = (await this.store.read(id, after)).filter((e) => e.version <= version);
        if (fresh.length === 0) return;
        seen.set(id, fresh[fresh.length - 1]!.version);
        listener(id, fresh);
      }).catch(() => undefined);
    });
  }

  private async run(sessionId: string, command: Command): Promise<Result<ExecuteResult, CommandError>> {
    let fresh = false;
    for (let attempt = 0; ; attempt++) {
      const cached = fresh ? undefined : this.cache.get(sessionId);
      const current = cached ?? (await this.catchUp(sessionId));
      fresh = cached === undefined;
      const applied = current.commands.get(command.id);
      if (applied) {
        // A retry of a command already applied: answer with what it produced the first time.
        const [firstVersion, lastVersion] = applied;
        const original = (await this.store.read(sessionId, firstVersion - 1)).filter((e) => e.version <= lastVersion);
        return ok({ sessionId, version: lastVersion, events: original, duplicate: true });
      }
      const decided = handle(current.state, command, this.context);
      if (!decided.ok) {
        if (!fresh) {
          fresh = true; // refused on the cache alone: look at the store before saying no
          continue;
        }
        return decided;
      }
      if (decided.value.length === 0) return ok({ sessionId, version: current.version, events: [], duplicate: false });
      try {
        const appended = await this.store.append(sessionId, current.version, decided.value, command.id);
        if (!appended.duplicate) this.advance(sessionId, current, appended.events);
        return ok({ sessionId, version: appended.version, events: appended.events, duplicate: appended.duplicate });
      } catch (e) {
        if (!(e instanceof ConcurrencyError)) throw e;
        if (attempt >= this.retries) {
          return err(commandError('version-conflict', `session ${sessionId} kept changing under this command; nothing was applied`));
        }
        // Another writer got there first: forget the cached state, back off a little, decide again.
        this.cache.delete(sessionId);
        fresh = true;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * (attempt + 1)));
      }
    }
  }

  /** The cached state, brought up to the store's latest version. */
  private async catchUp(sessionId: string): Promise<Cached> {
    const cached = this.cache.get(sessionId) ?? { version: 0, state: initialState, commands: new Map() };
    const fresh = await this.store.read(sessionId, cached.version);
    if (fresh.length === 0) return cached;
    const next = this.fold(cached, fresh);
    this.cache.set(sessionId, next);
    return next;
  }

  private advance(sessionId: string, from: Cached, events: StoredEvent[]): void {
    this.cache.set(sessionId, this.fold(from, events));
  }

  private fold(from: Cached, events: StoredEvent[]): Cached {
    let { state, version } = from;
    // The cache entry is replaced as a whole, so its command index can grow in place.
    const commands = from.commands;
    for (const e of events) {
      if (e.version !== version + 1) continue;
      state = reduce(state, e);
      version = e.version;
      if (e.commandId !== null) {
        const range = commands.get(e.commandId);
        commands.set(e.commandId, range ? [range[0], e.version] : [e.version, e.version]);
      }
    }
    return { state, version, commands };
  }
}
