/**
 * Live fan-out of a session's events to its WebSocket subscribers.
 *
 * One channel per watched session caches the session's events already serialised
 * (stringified once; the log holds no secrets, so nothing is redacted). Events this
 * process appended arrive from the publisher as they are and are sent without touching
 * the store; an append by another instance (PostgreSQL LISTEN/NOTIFY) arrives as a
 * version, and the channel reads what is new. Subscribers at the same position share one
 * message string, so a broadcast costs one JSON.stringify whatever the audience.
 * Each subscriber has a cursor (last version sent), which makes resume-after-N and
 * late joiners the same code path as live delivery: nothing is skipped or sent twice.
 */
import type { EventStore, StoredEvent } from '../store/event-store.js';
import type { Publisher, Update } from '../store/publisher.js';
import { publicEvent as restrictedToPlaceholder } from '../sessions/visibility.js';

export interface Subscriber {
  /** Last version this subscriber has been sent. */
  cursor: number;
  /** A text frame's payload, UTF-8 encoded once for every subscriber it goes to. */
  send(message: Buffer): void;
  /** Bytes queued but not yet written; a slow reader is dropped past a limit. */
  readonly bufferedAmount: number;
  /** Called when the subscriber has fallen too far behind; it may resume with after=cursor. */
  drop(reason: string): void;
}

interface Channel {
  sessionId: string;
  /** serialised[i] is the JSON of the event with version i + 1. */
  serialised: string[];
  subscribers: Set<Subscriber>;
  pumping: Promise<void> | null;
  pumpAgain: boolean;
  /** A pump is already scheduled for the end of this event-loop turn. */
  scheduled: boolean;
  /** The newest version heard of; the pump reads only while the cache is behind it (or on attach). */
  stale: number;
}

/** A reader whose socket holds more than this is not keeping up (e.g. a dead phone). */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export class LiveHub {
  private readonly channels = new Map<string, Channel>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: EventStore,
    publisher: Publisher,
  ) {
    this.unsubscribe = publisher.subscribe((update) => this.onUpdate(update));
  }

  /** Events published by this process are cached as they are; anything else is read. */
  private onUpdate(update: Update): void {
    if (!('events' in update)) return this.notify(update.sessionId, update.version);
    const channel = this.channels.get(update.sessionId);
    if (!channel) return;
    for (const event of update.events) {
      if (event.version === channel.serialised.length + 1) channel.serialised.push(JSON.stringify(publicEvent(event)));
    }
    const last = update.events[update.events.length - 1]?.version ?? 0;
    // A gap (events this channel has not cached yet) is filled by a read; else just deliver.
    if (last > channel.serialised.length) return this.notify(update.sessionId, last);
    this.scheduleDelivery(channel);
  }

  private scheduleDelivery(channel: Channel): void {
    if (channel.scheduled) return;
    channel.scheduled = true;
    setImmediate(() => {
      channel.scheduled = false;
      // The usual case (this process's own appends, already cached): deliver now, without a pump round.
      if (channel.pumping || channel.stale > channel.serialised.length) {
        void this.pump(channel);
        return;
      }
      try {
        this.deliver(channel);
      } catch {
        // As in pump: a delivery that fails is retried at the next update or attach.
      }
    });
  }

  /** The session's current version (0: no such session), loading it into a channel. */
  async head(sessionId: string): Promise<number> {
    const channel = this.channelFor(sessionId);
    channel.stale = Infinity; // a (re)connecting client: catch up with anything a lost notification missed
    await this.pump(channel);
    const head = channel.serialised.length;
    // Usually a subscriber attaches right after; if none does, let the cache go.
    if (head === 0) this.forget(channel);
    else setTimeout(() => this.forget(channel), 10_000).unref();
    return head;
  }

  /** Start sending `subscriber` every event after its cursor, now and as they are appended. */
  attach(sessionId: string, subscriber: Subscriber): () => void {
    const channel = this.channelFor(sessionId);
    channel.subscribers.add(subscriber);
    void this.pump(channel);
    return () => {
      channel.subscribers.delete(subscriber);
      this.forget(channel);
    };
  }

  private forget(channel: Channel): void {
    if (channel.subscribers.size === 0 && this.channels.get(channel.sessionId) === channel) {
      this.channels.delete(channel.sessionId);
    }
  }

  /**
   * The store says `sessionId` reached `version`. Delivery waits for the end of the
   * current event-loop turn, so every append made in it (fifteen ballots arriving
   * together) goes out as one frame per subscriber instead of one frame per append.
   */
  notify(sessionId: string, version: number): void {
    const channel = this.channels.get(sessionId);
    if (!channel) return;
    if (version > channel.serialised.length) channel.stale = Math.max(channel.stale, version);
    if (channel.stale > channel.serialised.length) this.scheduleDelivery(channel);
  }

  /** Number of live subscribers (for health and tests). */
  get subscriberCount(): number {
    let n = 0;
    for (const c of this.channels.values()) n += c.subscribers.size;
    return n;
  }

  close(): void {
    this.unsubscribe();
    this.channels.clear();
  }

  private channelFor(sessionId: string): Channel {
    let channel = this.channels.get(sessionId);
    if (!channel) {
      channel = { sessionId, serialised: [], subscribers: new Set(), pumping: null, pumpAgain: false, scheduled: false, stale: Infinity };
      this.channels.set(sessionId, channel);
    }
    return channel;
  }

  /** Read what is new (if the cache may be behind) and deliver it; concurrent calls coalesce into one more round. */
  private pump(channel: Channel): Promise<void> {
    if (channel.pumping) {
      channel.pumpAgain = true;
      return channel.pumping;
    }
    // Started after this assignment (never synchronously), so `finally` always clears it.
    channel.pumping = Promise.resolve().then(async () => {
      try {
        do {
          channel.pumpAgain = false;
          if (channel.stale > channel.serialised.length) {
            const wanted = channel.stale;
            const fresh = await this.store.read(channel.sessionId, channel.serialised.length);
            for (const event of fresh) {
              if (event.version <= channel.serialised.length) continue; // published meanwhile
              // Only contiguous events are cached, so a cursor always indexes the right one.
              if (event.version !== channel.serialised.length + 1) break;
              channel.serialised.push(JSON.stringify(publicEvent(event)));
            }
            // A newer notification heard during the read asks for another round.
            if (channel.stale === wanted) channel.stale = 0;
            else channel.pumpAgain = true;
          }
          this.deliver(channel);
        } while (channel.pumpAgain);
      } catch {
        // A failed read (database gone) is retried at the next notification or attach.
      } finally {
        channel.pumping = null;
      }
    });
    return channel.pumping;
  }

  private deliver(channel: Channel): void {
    const head = channel.serialised.length;
    const byCursor = new Map<number, Buffer>();
    for (const subscriber of channel.subscribers) {
      if (subscriber.cursor >= head) continue;
      if (subscriber.bufferedAmount > MAX_BUFFERED_BYTES) {
        channel.subscribers.delete(subscriber);
        subscriber.drop('too far behind; reconnect with after=' + subscriber.cursor);
        continue;
      }
      let message = byCursor.get(subscriber.cursor);
      if (message === undefined) {
        message = Buffer.from(eventsMessage(channel.serialised.slice(Math.max(0, subscriber.cursor), head)));
        byCursor.set(subscriber.cursor, message);
      }
      subscriber.cursor = head;
      subscriber.send(message);
    }
  }
}

/**
 * The `{type:"events"}` frame, assembled from already-serialised events. `serverTime` (ms
 * since the epoch, when sent) lets each screen correct its own clock, so the floor's
 * countdown reads the same on the board and every phone.
 */
export function eventsMessage(serialisedEvents: readonly string[], serverTime = Date.now()): string {
  return '{"type":"events","events":[' + serialisedEvents.join(',') + '],"serverTime":' + serverTime + '}';
}

/** The fields of a stored event a client sees (the store may add private columns later); restricted events become placeholders. */
function publicEvent(event: StoredEvent): StoredEvent {
  return restrictedToPlaceholder({
    sessionId: event.sessionId,
    version: event.version,
    type: event.type,
    data: event.data,
    commandId: event.commandId,
    at: event.at,
  });
}
