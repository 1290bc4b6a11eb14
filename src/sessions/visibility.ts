/**
 * Public and restricted events. Most of a session is public (the board shows it to the
 * room); a note between a delegation and the chair is not. A restricted event is stored in
 * the same log — one order, one version sequence — but every public route (the WebSocket
 * stream, GET /events, exports) sends a placeholder in its place: `{type: "restricted",
 * data: {}}` with the same version, so public readers stay gap-free and learn only that
 * something private happened then. The reducer never folds a restricted event into the
 * (public) state. Its audience reads it through GET /api/sessions/:id/notes.
 */
export type Reader = { role: 'public' } | { role: 'chair' } | { role: 'delegation'; code: string };

/** Restricted event types, each with who may read one (besides the chair, who reads them all). */
const RESTRICTED: Readonly<Record<string, (data: unknown) => string[]>> = {
  'note-sent.v1': (data) => {
    const { from, to } = (data ?? {}) as { from?: unknown; to?: unknown };
    return [from, to].filter((x): x is string => typeof x === 'string' && x !== 'chair');
  },
  // Co-chair links (src/server/co-chairs.ts): the token's hash is for the server's directory; nobody else reads these.
  'co-chair-issued.v1': () => [],
  'co-chair-revoked.v1': () => [],
};

export const RESTRICTED_PLACEHOLDER = 'restricted';

export function isRestricted(type: string): boolean {
  return Object.hasOwn(RESTRICTED, type);
}

/** May `reader` see this event? Public events: everyone; restricted ones: the chair and the delegations named in them. */
export function mayRead(reader: Reader, event: { type: string; data: unknown }): boolean {
  const audience = Object.hasOwn(RESTRICTED, event.type) ? RESTRICTED[event.type]! : null;
  if (!audience) return true;
  if (reader.role === 'chair') return true;
  return reader.role === 'delegation' && audience(event.data).includes(reader.code);
}

/** The event as a public reader receives it: itself, or the placeholder that keeps its version. */
export function publicEvent<E extends { type: string; data: unknown; commandId?: string | null }>(event: E): E {
  return isRestricted(event.type) ? { ...event, type: RESTRICTED_PLACEHOLDER, data: {}, commandId: null } : event;
}
