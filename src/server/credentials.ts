/**
 * The secrets of one session, as kept in the identity store (src/store/identity-store.ts),
 * beside the event log and never in it. Keeping them in the database (not in a
 * server-local table) lets every server instance on it verify tokens and join codes.
 *
 * A delegation's bearer token is random (256 bits) and is handed out by `POST /api/join`
 * to whoever holds the join code. So the server must be able to recover the token from
 * the join code alone: it keeps the token sealed (AES-256-GCM) under a key derived from
 * the join code. Likewise each join code is sealed under the chair's token, so the chair
 * (and only the chair) can fetch the join codes and QR codes again after a reload. The
 * record therefore holds hashes and ciphertext only: reading it reveals no secret.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { hashSecret, newJoinCode, newToken } from './tokens.js';

/** AES-256-GCM output, stored as "salt.iv.ciphertext.tag" (base64url parts). */
type Sealed = string;

/**
 * A flat string map (the format sessions created before the identity store carried in
 * their `session-created` event, which migration 2 moved here), so the structure is
 * spelled in its keys: `chair`, and per delegation `join:<CODE>`, `token:<CODE>` (SHA-256
 * hex), `sealed:<CODE>` (its token under its join code), `code:<CODE>` (its join code
 * under the chair token) and `name:<CODE>` (its name, so a join reads nothing else).
 */
export type CredentialRecord = Record<string, string>;

export const CREDENTIALS_SCHEME = 'council-sha256-v1';

export interface DelegationCredentials {
  code: string;
  joinHash: string;
  tokenHash: string;
  sealedToken: Sealed;
  sealedJoinCode: Sealed;
}

/** Credentials as the server uses them, parsed from the flat record. */
export interface Credentials {
  chair: string;
  delegations: DelegationCredentials[];
  /** Delegation code -> name (absent for sessions migrated from the event log). */
  names: Record<string, string>;
}

const HEX64 = /^[0-9a-f]{64}$/;
const SEALED = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const recordSchema = z.record(z.string(), z.string());

/** What the creator of a session is told once, and never again. */
export interface IssuedSecrets {
  chairToken: string;
  delegations: { code: string; joinCode: string; token: string }[];
}

function keyFrom(keySecret: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', keySecret, salt, 'council sealed secret', 32));
}

/** Encrypt `secret` under a key derived from `keySecret` (a join code or the chair token). */
function seal(secret: string, keySecret: string): Sealed {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(keySecret, salt), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [salt, iv, data, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
}

/** The secret sealed under `keySecret`; undefined if that is not the key. */
export function unseal(sealed: Sealed, keySecret: string): string | undefined {
  const [salt, iv, data, tag] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!salt || !iv || !data || !tag) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(keySecret, salt), iv);
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(data), decipher.final()]);
    return plain.toString('utf8');
  } catch {
    return undefined;
  }
}

/** Fresh secrets for a new session: one chair token, one join code + token per delegation. */
export function issueCredentials(delegations: readonly (string | { code: string; name: string })[]): {
  record: CredentialRecord;
  joins: { joinHash: string; code: string }[];
  secrets: IssuedSecrets;
} {
  const chairToken = newToken();
  const issued = delegations.map((d) => ({ code: typeof d === 'string' ? d : d.code, joinCode: newJoinCode(), token: newToken() }));
  const record: CredentialRecord = { scheme: CREDENTIALS_SCHEME, chair: hashSecret(chairToken) };
  for (const d of issued) {
    record[`join:${d.code}`] = hashSecret(d.joinCode);
    record[`token:${d.code}`] = hashSecret(d.token);
    record[`sealed:${d.code}`] = seal(d.token, d.joinCode);
    record[`code:${d.code}`] = seal(d.joinCode, chairToken);
  }
  for (const d of delegations) if (typeof d !== 'string') record[`name:${d.code}`] = d.name.slice(0, 500);
  const joins = issued.map((d) => ({ joinHash: record[`join:${d.code}`]!, code: d.code }));
  return { record, joins, secrets: { chairToken, delegations: issued } };
}

/** Parse a stored credential record (absent or malformed -> undefined). */
export function readCredentials(value: unknown): Credentials | undefined {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const record = parsed.data;
  const chair = record.chair;
  if (record.scheme !== CREDENTIALS_SCHEME || !chair || !HEX64.test(chair)) return undefined;
  const delegations: DelegationCredentials[] = [];
  const names: Record<string, string> = {};
  for (const [key, joinHash] of Object.entries(record)) {
    if (key.startsWith('name:')) names[key.slice('name:'.length)] = joinHash;
    if (!key.startsWith('join:')) continue;
    const code = key.slice('join:'.length);
    const tokenHash = record[`token:${code}`];
    const sealedToken = record[`sealed:${code}`];
    const sealedJoinCode = record[`code:${code}`];
    if (!HEX64.test(joinHash) || !tokenHash || !HEX64.test(tokenHash)) return undefined;
    if (!sealedToken || !SEALED.test(sealedToken) || !sealedJoinCode || !SEALED.test(sealedJoinCode)) return undefined;
    delegations.push({ code, joinHash, tokenHash, sealedToken, sealedJoinCode });
  }
  return { chair, delegations, names };
}
