/**
 * The LiveEngine backed by the real session engine (src/sessions/service.ts) and the
 * Council's history (via the sessions data adapter).
 */
import { membersOn, presidentOn } from '../sessions/data-adapter.js';
import { SessionService } from '../sessions/service.js';
import type { EventStore } from '../store/event-store.js';
import type { CouncilOnDate, LiveEngine, NewSession } from './engine.js';
import { KeyedQueue } from './keyed-queue.js';

export function sessionEngine(store: EventStore): LiveEngine {
  const service = new SessionService(store);
  const queue = new KeyedQueue();
  return {
    councilOn(date) {
      const members = membersOn('security-council', date);
      if (!members || members.length === 0) {
        return { ok: false, error: { code: 'members-unknown', message: `No Security Council membership is known for ${date}.` } };
      }
      const president = presidentOn(date);
      const council: CouncilOnDate = {
        members: members.map((m) => ({ code: m.code, name: m.name, permanent: m.permanent })),
        president: president ? { code: president, name: members.find((m) => m.code === president)?.name ?? president } : null,
      };
      return { ok: true, value: council };
    },
    async create(session, council) {
      const result = await service.create({
        id: `create-${session.sessionId}`,
        actor: { role: 'system' },
        type: 'create-session',
        sessionId: session.sessionId,
        body: session.body,
        format: session.format,
        date: session.date,
        title: session.title,
        members: council.members,
        ...(council.president ? { president: council.president.code } : {}),
        ...(session.item ? { item: session.item } : {}),
        ...arriaConveners(session, council),
        credentials: session.credentials,
      });
      return result.ok ? { ok: true, value: { version: result.value.version } } : result;
    },
    execute(sessionId, command) {
      return queue.run(sessionId, async () => {
        const result = await service.execute(sessionId, command);
        return result.ok ? { ok: true, value: { version: result.value.version, events: result.value.events } } : result;
      });
    },
    async view(sessionId) {
      const loaded = await service.load(sessionId);
      return loaded.ok ? { version: loaded.value.version, state: loaded.value.state } : undefined;
    },
  };
}

/** R43: an Arria meeting is convened by members; unless told otherwise, by the President of the month. */
function arriaConveners(session: NewSession, council: CouncilOnDate): { conveners?: string[] } {
  if (session.format !== 'arria') return session.conveners ? { conveners: session.conveners } : {};
  const conveners = session.conveners ?? (council.president ? [council.president.code] : undefined);
  return conveners ? { conveners } : {};
}
