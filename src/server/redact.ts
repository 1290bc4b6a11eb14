/**
 * Nothing the server sends may carry a session's secrets (protocol: Identity). The
 * engine keeps `credentials` in the `session-created` event and in state; this removes
 * every `credentials` key, at any depth, from a copy of whatever is about to be sent.
 */
const SECRET_KEY = 'credentials';

export function redact<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  // Dates, Maps and the like never come out of JSON events; plain objects are copied.
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === SECRET_KEY) continue;
    out[key] = strip(inner);
  }
  return out;
}
