/**
 * Secrets handed to people: bearer tokens (chair, delegations) and join codes.
 * Only their SHA-256 hashes are ever stored (protocol: Identity).
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** RFC 4648 base32: no 0/1/8/9, so a code read off a projector is not mistaken for O/I/B/g. */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A bearer token: 256 random bits, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A join code: 12 base32 characters = 60 random bits, easy to type from a screen. */
export function newJoinCode(): string {
  const bytes = randomBytes(12);
  let code = '';
  // Each byte contributes its low 5 bits: uniform over the 32-letter alphabet.
  for (const b of bytes) code += BASE32[b & 31];
  return code;
}

/** Join codes are typed by hand: accept lower case, spaces and dashes. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export const JOIN_CODE_PATTERN = /^[A-Z2-7]{12}$/;

/** Hex SHA-256 of a secret: what the event log stores in place of the secret. */
export function hashSecret(secret: string): string {
  // One-shot hash (Node >= 20.12): every command hashes its bearer token, so no Hash object each time.
  return hash('sha256', secret, 'hex');
}

/** Compare two hex hashes without leaking, through timing, where they first differ. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
