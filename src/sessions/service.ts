/**
 * SessionService: the engine over an event store, shared by the CLI and the server.
 * execute = state (cached per session) -> handle -> append at the expected version. The
 * cache is trusted without a read: if another writer has moved the stream on, the append
 * at the cached version fails with a conflict, and the service reloads and decides again.
 * A refusal decided on the cache alone is checked once against a fresh read, so a stale
 * cache can delay a command but never wrongly refuse it. Commands to one session run in
 * order within the process; the store's expected version (with retry here) is the one
 * guard against other writers. A command id already applied to the session returns the
 * original events (idempotent retries) from the store's ledger, the only one; the same id from another
 * sender, or with another body, is refused ('command-id-reused'): the store keeps a hash
 * of body and sender beside each command id. What is appended is published (publisher.ts)
 * with the events themselves, so live subscribers never re-read the store for them.
 */
import { hash as digest, randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../rules/result.js';
import { ConcurrencyError, type AppendResult, type EventStore, type SessionSummary, type StoredEvent } from '../store/event-store.js';
import { localPublisher, type Publisher } from '../store/publisher.js';
import { StoreError } from '../store/store-error.js';
import { parseCommand, type Command } from '../protocol/commands.js';
import type { EngineContext } from './context.js';
import { handle } from './handle.js';
import { defaultContext } from './default-context.js';
import { KeyedQueue } from './keyed-queue.js';
import { commandError, type CommandError } from '../protocol/errors.js';
import { checkEvent } from '../protocol/events.js';
import type { SessionEvent } from './events.js';
import { initialState, reduceChecked, type SessionState } from './reducer.js';

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
  /** Where appended events go out (default: the store object's in-process publisher). */
  publisher?: Publisher;
}

interface Cached {
  version: number;
  state: SessionState;
}

/** What deciding a command leads to: an answer already, or an append being written. */
type Step = { result: Result<ExecuteResult, CommandError> } | { append: Promise<AppendResult> } | { requeue: true };

/**
 * A session's appends in flight and the state they lead to (the tip). With a sole-writer
 * store the next command is decided on the tip instead of waiting for the commit, so the
 * ballots of one event-loop turn share one transaction and one frame to each screen. Each
 * pipelined append expects the version its predecessors lead to: if one of them is refused,
 * nothing else can have written meanwhile (sole writer), so every later one conflicts and is
 * decided again; until they have all settled the tip is poisoned and not used.
 */
class Pipeline implements Cached {
  version = 0;
  state: SessionState = initialState;
  poisoned = false;
  private inFlight = 0;
  private wake: (() => void) | null = null;
  /** Resolves when nothing is in flight any more. */
  readonly settled: Promise<void>;

  constructor(private readonly onEmpty: () => void) {
    this.settled = new Promise<void>((resolve) => (this.wake = resolve));
  }

  extend(version: number, state: SessionState): void {
    this.version = version;
    this.state = state;
    this.inFlight += 1;
  }

  done(applied: boolean): void {
    if (!applied) this.poisoned = true;
    this.inFlight -= 1;
    if (this.inFlight === 0) {
      // A refused pipeline stays visible for one more turn, while its commands are queued again.
      if (this.poisoned) setImmediate(this.onEmpty);
      else this.onEmpty();
      this.wake?.();
    }
  }
}

export class SessionService {
  private readonly cache = new Map<string, Cached>();
  /** Sessions with appends in flight (sole-writer stores only). */
  private readonly pipelines = new Map<string, Pipeline>();
  private readonly pipelined: boolean;
  private readonly queue = new KeyedQueue();
  private readonly context: EngineContext;
  private readonly newId: () => string;
  private readonly retries: number;
  readonly publisher: Publisher;

  constructor(
    readonly store: EventStore,
    options: SessionServiceOptions = {},
  ) {
    this.context = options.context ?? defaultContext;
    this.newId = options.newId ?? (() => randomUUID());
    this.retries = options.retries ?? 16;
    this.publisher = options.publisher ?? localPublisher(store);
    this.pipelined = store.soleWriter === true;
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
   * delivered from its first event. Events this process appended arrive as published; an
   * update from another process is read from the store. Returns the unsubscribe function.
   */
  subscribe(sessionId: string | null, listener: (sessionId: string, events: StoredEvent[]) => void): () => void {
    const seen = new Map<string, number>();
    let chain = Promise.resolve();
    return this.publisher.subscribe((update) => {
      const id = update.sessionId;
      if (sessionId !== null && id !== sessionId) return;
      // Serialise deliveries so a listener sees each event once and in order.
      chain = chain
        .then(async () => {
          const after = seen.get(id) ?? 0;
          let fresh = 'events' in update ? update.events.filter((e) => e.version > after) : [];
          // Read what was not handed over: another process's append, or a gap before these events.
          if ('version' in update || fresh[0]?.version !== after + 1) {
            const upTo = 'events' in update ? update.events[update.events.length - 1]!.version : update.version;
            if (upTo <= after) return;
            fresh = (await this.store.read(id, after)).filter((e) => e.version <= upTo);
          }
          if (fresh.length === 0) return;
          seen.set(id, fresh[fresh.length - 1]!.version);
          listener(id, fresh);
        })
        .catch(() => undefined);
    });
  }

  /**
   * Commands to one session are decided one after another in this process, so they do
   * not race each other into conflicts. With a sole-writer store the next command is
   * decided while the previous append is still being written (pipelining, see Pipeline).
   */
  private run(sessionId: string, command: Command): Promise<Result<ExecuteResult, CommandError>> {
    const hash = commandHash(command);
    const decide = (retry: boolean) => this.decide(sessionId, command, hash, retry);
    // Without pipelining a command holds the session's queue until it is answered (retries included).
    if (!this.pipelined) return this.queue.run(sessionId, () => this.attempt(sessionId, decide));
    return this.attempt(sessionId, (retry) => this.queue.run(sessionId, () => decide(retry)));
  }

  /** Decide, append, and decide again after a version conflict (a bounded number of times). */
  private async attempt(sessionId: string, decide: (retry: boolean) => Promise<Step>): Promise<Result<ExecuteResult, CommandError>> {
    for (let attempt = 0; ; ) {
      const step = await decide(attempt > 0);
      if ('requeue' in step) continue; // behind the retries of a refused pipeline, so they keep their order
      if ('result' in step) return step.result;
      try {
        const appended = await step.append;
        return ok({ sessionId, version: appended.version, events: appended.events, duplicate: appended.duplicate });
      } catch (e) {
        if (e instanceof StoreError && e.code === 'command-id-reused') return err(commandError('command-id-reused', e.message));
        if (!(e instanceof ConcurrencyError)) throw e;
        if (attempt++ >= this.retries) {
          return err(commandError('version-conflict', `session ${sessionId} kept changing under this command; nothing was applied`));
        }
        // Another writer got there first: back off a little, decide again. With a sole writer the
        // conflict comes from a refused pipeline predecessor: decide again at once, in order.
        if (!this.pipelined) await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * attempt));
      }
    }
  }

  /** Decide `command` on the session's latest state (the pipeline's tip, else the cache) and start its append. */
  private async decide(sessionId: string, command: Command, hash: string, retry: boolean): Promise<Step> {
    let fresh = false;
    if (retry) this.cache.delete(sessionId);
    for (;;) {
      let tip = this.pipelines.get(sessionId);
      if (tip?.poisoned) {
        // A refused predecessor makes the tip wrong, and the commands pipelined after it conflict
        // and are decided again (`retry`): once all have settled, a retry decides on the store; any
        // other command is queued again behind those retries, so commands keep their order.
        if (!retry) return this.requeue(tip);
        await tip.settled;
        tip = undefined;
      }
      const cached: Cached | undefined = fresh ? undefined : (tip ?? this.cache.get(sessionId));
      const current = cached ?? (await this.catchUp(sessionId));
      fresh = cached === undefined;
      const decided = handle(current.state, command, this.context);
      if (!decided.ok || decided.value.length === 0) {
        // Decided on events not yet written: answer only from what is committed.
        if (tip) {
          await tip.settled;
          if (tip.poisoned) return this.requeue(tip);
          continue;
        }
        if (!fresh) {
          fresh = true; // decided on the cache alone: look at the store before answering
          continue;
        }
        // A retry of an applied command is refused (or a no-op) on today's state: the store's ledger answers it.
        const original = await this.findCommand(sessionId, command.id, hash);
        if (original) return { result: original };
        return { result: decided.ok ? ok({ sessionId, version: current.version, events: [], duplicate: false }) : decided };
      }
      return { append: this.startAppend(sessionId, current, decided.value, command.id, hash) };
    }
  }

  /** Once a refused pipeline has settled and its commands are queued again (a turn later), queue this one behind them. */
  private async requeue(tip: Pipeline): Promise<Step> {
    await tip.settled;
    await new Promise((resolve) => setImmediate(resolve));
    return { requeue: true };
  }

  /**
   * Append what was decided; once it is committed, fold it into the cache and publish it
   * (in commit order: the store answers a session's appends in the order they were made).
   */
  private startAppend(sessionId: string, current: Cached, events: SessionEvent[], commandId: string, hash: string): Promise<AppendResult> {
    const expected = current.version + events.length;
    const appending = this.store.append(sessionId, current.version, events, commandId, hash);
    const tip = this.pipelined ? this.extendPipeline(sessionId, current, events, expected) : undefined;
    return appending.then(
      (appended) => {
        if (!appended.duplicate) {
          this.advance(sessionId, appended.events);
          this.publisher.publish(sessionId, appended.events);
        }
        tip?.done(!appended.duplicate && appended.version === expected);
        return appended;
      },
      (error: unknown) => {
        this.cache.delete(sessionId);
        tip?.done(false);
        throw error;
      },
    );
  }

  /** The session's tip moves past `events` (not yet written); a later command is decided on it. */
  private extendPipeline(sessionId: string, current: Cached, events: SessionEvent[], version: number): Pipeline {
    let tip = this.pipelines.get(sessionId);
    if (!tip || tip.poisoned) {
      tip = new Pipeline(() => {
        if (this.pipelines.get(sessionId) === tip) this.pipelines.delete(sessionId);
      });
      this.pipelines.set(sessionId, tip);
    }
    let state = current.state;
    for (const e of events) state = reduceChecked(state, e);
    tip.extend(version, state);
    return tip;
  }

  /** What the store's ledger holds for this command id: its original events, a reused-id refusal, or nothing. */
  private async findCommand(sessionId: string, commandId: string, hash: string): Promise<Result<ExecuteResult, CommandError> | undefined> {
    try {
      const found = await this.store.findCommand(sessionId, commandId, hash);
      return found && ok({ sessionId, version: found.version, events: found.events, duplicate: true });
    } catch (e) {
      if (e instanceof StoreError && e.code === 'command-id-reused') return err(commandError('command-id-reused', e.message));
      throw e;
    }
  }

  /** The cached state, brought up to the store's latest version. */
  private async catchUp(sessionId: string): Promise<Cached> {
    const cached = this.cache.get(sessionId) ?? { version: 0, state: initialState };
    const fresh = await this.store.read(sessionId, cached.version);
    if (fresh.length === 0) return cached;
    // Read from the store: untrusted, so each event is checked once here (MalformedEventError), then folded.
    const next = this.fold(cached, fresh, checkEvent);
    this.cache.set(sessionId, next);
    return next;
  }

  /** Fold what this service just appended (the engine's own events, stored copies, already well-formed) into the committed cache. */
  private advance(sessionId: string, events: StoredEvent[]): void {
    const from = this.cache.get(sessionId) ?? { version: 0, state: initialState };
    // A cache that is not exactly before these events is dropped; the next command reads the store.
    if (events[0]?.version !== from.version + 1) {
      this.cache.delete(sessionId);
      return;
    }
    this.cache.set(
      sessionId,
      this.fold(from, events, (e) => e as SessionEvent),
    );
  }

  private fold(from: Cached, events: StoredEvent[], checked: (e: StoredEvent) => SessionEvent): Cached {
    let { state, version } = from;
    for (const e of events) {
      if (e.version !== version + 1) continue;
      state = reduceChecked(state, checked(e));
      version = e.version;
    }
    return { state, version };
  }
}

/** What makes a command the same command: its body and sender (the actor), without its id. */
function commandHash(command: Command): string {
  const { id: _id, ...body } = command as Command & { id: string };
  // One-shot hash: no Hash object per command.
  return digest('sha256', JSON.stringify(body), 'hex');
}
