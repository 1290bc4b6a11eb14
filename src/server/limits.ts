/**
 * Bounds on what clients may hold: live sockets per address, and the bytes queued for
 * all sockets together. A school behind one NAT (a 193-delegation committee plus the
 * boards) stays under the per-address default; a flood from one address does not.
 */
import type { IncomingMessage } from 'node:http';

export interface ClientLimits {
  /** Live WebSockets one address may hold; default 500. */
  maxSocketsPerIp: number;
  /** Bytes queued across every socket before the slowest readers are dropped (close 1013); default 256 MB. */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: ClientLimits = { maxSocketsPerIp: 500, maxBufferedBytes: 256 * 1024 * 1024 };

/** Counts live sockets per client address. */
export class AddressQuota {
  private readonly counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Take a place for `address`; false when it already holds `max`. */
  acquire(address: string): boolean {
    const held = this.counts.get(address) ?? 0;
    if (held >= this.max) return false;
    this.counts.set(address, held + 1);
    return true;
  }

  release(address: string): void {
    const held = this.counts.get(address) ?? 0;
    if (held <= 1) this.counts.delete(address);
    else this.counts.set(address, held - 1);
  }

  held(address: string): number {
    return this.counts.get(address) ?? 0;
  }
}

/**
 * The client's address for per-address limits. Behind a trusted reverse proxy (the proxy's
 * own address would put every client under one cap) it is the last X-Forwarded-For entry:
 * the one the proxy appended, which a client cannot forge by sending the header itself.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const last = [forwarded ?? []]
      .flat()
      .join(',')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)
      .at(-1);
    if (last) return normalizeAddress(last);
  }
  return normalizeAddress(request.socket.remoteAddress ?? 'unknown');
}

/** "::ffff:10.0.0.7" and "10.0.0.7" are one client. */
function normalizeAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export interface Buffered {
  readonly bufferedAmount: number;
}

/**
 * Which readers to drop so that the bytes queued for all of them fit in `budget`, the
 * slowest first. `before` holds what each reader had queued at the previous measurement:
 * a reader whose queue has not shrunk since is stalled (a dead phone, a paused client) and
 * goes first, most queued first; then, if that is not enough, readers that drain too slowly.
 * A reader first seen with a queue is given one period to drain before it can be dropped.
 */
export function slowestOverBudget<T extends Buffered>(readers: Iterable<T>, budget: number, before: ReadonlyMap<T, number>): T[] {
  let total = 0;
  const stalled: T[] = [];
  const draining: T[] = [];
  for (const r of readers) {
    const queued = r.bufferedAmount;
    if (queued === 0) continue;
    total += queued;
    const previous = before.get(r);
    if (previous === undefined) continue;
    (queued >= previous ? stalled : draining).push(r);
  }
  if (total <= budget) return [];
  const dropped: T[] = [];
  for (const group of [stalled, draining]) {
    group.sort((a, b) => b.bufferedAmount - a.bufferedAmount);
    for (const r of group) {
      if (total <= budget) return dropped;
      dropped.push(r);
      total -= r.bufferedAmount;
    }
  }
  return dropped;
}
