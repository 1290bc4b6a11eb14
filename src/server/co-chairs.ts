/**
 * Co-chair links: the President may hand a second device (a vice-chair, a secretariat
 * laptop) its own chair token, and revoke it. Issuing and revoking are events in the
 * session's log (`co-chair-issued.v1`, `co-chair-revoked.v1`), so every server instance on
 * a shared database honours and withdraws the same tokens. The log holds only the token's
 * hash, and both events are restricted (src/sessions/visibility.ts): every public route sends
 * a placeholder in their place, exports leave them out, and no note route returns them.
 *
 * Kept apart from the engine on purpose: who holds which secret is the server's business
 * (credentials.ts, directory.ts), not a step of Council procedure the reducer folds.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ConcurrencyError, type EventStore, type StoredEvent } from '../store/event-store.js';
import type { Publisher } from '../store/publisher.js';
import { hashSecret, newToken, sameHash } from './tokens.js';

// Engine events (src/sessions/events.ts), so every reader of the log knows them; the reducer leaves the state as it is.
export const CO_CHAIR_ISSUED = 'co-chair-issued.v1';
export const CO_CHAIR_REVOKED = 'co-chair-revoked.v1';

const HEX64 = /^[0-9a-f]{64}$/;
const issuedData = z.object({
  coChairId: z.string().min(1).max(40),
  label: z.string().max(100).optional(),
  credentials: z.object({ token: z.string().regex(HEX64) }),
});
const revokedData = z.object({ coChairId: z.string().min(1).max(40) });

export interface CoChair {
  coChairId: string;
  label?: string;
  tokenHash: string;
}

/** The co-chairs a session's log leaves in office (issued and not revoked), folded from its events. */
export class CoChairLedger {
  private version = 0;
  private readonly active = new Map<string, CoChair>();

  /** Fold events after the last one seen (they must be in order). */
  absorb(events: readonly StoredEvent[]): void {
    for (const e of events) {
      if (e.version <= this.version) continue;
      this.version = e.version;
      if (e.type === CO_CHAIR_ISSUED) {
        const d = issuedData.safeParse(e.data);
        if (d.success)
          this.active.set(d.data.coChairId, {
            coChairId: d.data.coChairId,
            ...(d.data.label ? { label: d.data.label } : {}),
            tokenHash: d.data.credentials.token,
          });
      } else if (e.type === CO_CHAIR_REVOKED) {
        const d = revokedData.safeParse(e.data);
        if (d.success) this.active.delete(d.data.coChairId);
      }
    }
  }

  get seen(): number {
    return this.version;
  }

  /** The co-chair this token belongs to, if it is one in office. */
  holder(token: string): CoChair | undefined {
    const hash = hashSecret(token);
    for (const c of this.active.values()) if (sameHash(hash, c.tokenHash)) return c;
    return undefined;
  }

  list(): CoChair[] {
    return [...this.active.values()];
  }
}

/** Append one event at the head of the stream (retrying if another writer got there first) and publish it, as commands are. */
async function appendAtHead(store: EventStore, publisher: Publisher, sessionId: string, type: string, data: unknown): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const events = await store.read(sessionId, 0);
    const head = events[events.length - 1]?.version ?? 0;
    try {
      const appended = await store.append(sessionId, head, [{ type, data }]);
      publisher.publish(sessionId, appended.events);
      return;
    } catch (e) {
      if (!(e instanceof ConcurrencyError) || attempt >= 16) throw e;
    }
  }
}

/** Issue a co-chair token: its hash goes into the log, the token itself only to the caller. */
export async function issueCoChair(
  store: EventStore,
  publisher: Publisher,
  sessionId: string,
  label?: string,
): Promise<{ coChairId: string; token: string }> {
  const token = newToken();
  const coChairId = randomBytes(6).toString('base64url');
  await appendAtHead(store, publisher, sessionId, CO_CHAIR_ISSUED, {
    coChairId,
    ...(label ? { label } : {}),
    credentials: { token: hashSecret(token) },
  });
  return { coChairId, token };
}

export async function revokeCoChair(store: EventStore, publisher: Publisher, sessionId: string, coChairId: string): Promise<void> {
  await appendAtHead(store, publisher, sessionId, CO_CHAIR_REVOKED, { coChairId });
}
