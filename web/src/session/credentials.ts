/**
 * Who this browser is in a session, kept in localStorage so a reload (or a phone that
 * dropped off the Wi-Fi) comes back as the same chair or delegation.
 */

export interface DelegationIdentity {
  sessionId: string;
  code: string;
  name: string;
  token: string;
}

const chairKey = (sessionId: string) => `council.chair.${sessionId}`;
const delegationKey = (sessionId: string) => `council.delegation.${sessionId}`;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing may refuse storage; the page still works until a reload.
  }
}

export function saveChairToken(sessionId: string, token: string): void {
  write(chairKey(sessionId), token);
}

export function chairToken(sessionId: string): string | null {
  return read(chairKey(sessionId));
}

export function saveDelegation(identity: DelegationIdentity): void {
  write(delegationKey(identity.sessionId), JSON.stringify(identity));
}

export function delegationIdentity(sessionId: string): DelegationIdentity | null {
  const raw = read(delegationKey(sessionId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<DelegationIdentity>;
    if (typeof parsed.token === 'string' && typeof parsed.code === 'string' && typeof parsed.name === 'string') {
      return { sessionId, code: parsed.code, name: parsed.name, token: parsed.token };
    }
  } catch {
    // fall through: a corrupt entry is as good as none
  }
  return null;
}

/** A command not yet acknowledged, to resend with the same id after a reload. */
export function savePending(key: string, command: unknown | null): void {
  write(`council.pending.${key}`, command === null ? null : JSON.stringify(command));
}

export function pending<T>(key: string): T | null {
  const raw = read(`council.pending.${key}`);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}
