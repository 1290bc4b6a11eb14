/**
 * The join codes are shown once, when the session is created (the server keeps only
 * hashes). The chair's browser keeps them so the console can show them again after a reload.
 */
import type { DelegationCredential } from '../api/types.js';

const key = (sessionId: string) => `council.joinCodes.${sessionId}`;

export function saveJoinCodes(sessionId: string, delegations: DelegationCredential[]): void {
  try {
    localStorage.setItem(key(sessionId), JSON.stringify(delegations));
  } catch {
    // not kept: the console says the codes are unavailable on this device
  }
}

export function joinCodes(sessionId: string): DelegationCredential[] {
  try {
    const raw = localStorage.getItem(key(sessionId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as DelegationCredential[]).filter((d) => typeof d?.joinCode === 'string') : [];
  } catch {
    return [];
  }
}
