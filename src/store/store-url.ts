/**
 * Which store a URL names: `memory:`, `sqlite:FILE` or `postgres://...`/`postgresql://...`.
 * Pure and zod-validated, so the CLI and server can reject a bad --store before opening anything.
 */
import { z } from 'zod';
import { err, ok, type Result, type RuleError } from '../rules/result.js';
import { redactUrls } from './store-error.js';

export const DEFAULT_STORE_URL = 'sqlite:./council.sqlite';

export type StoreLocation = { kind: 'memory' } | { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

const ACCEPTED = 'expected memory:, sqlite:FILE (e.g. sqlite:./council.sqlite) or postgres://USER@HOST:PORT/DB';

const locationSchema = z.union([
  z.literal('memory:').transform((): StoreLocation => ({ kind: 'memory' })),
  z
    .string()
    .regex(/^sqlite:.+$/s)
    .refine((s) => !s.includes('\u0000'))
    .transform((s): StoreLocation => ({ kind: 'sqlite', file: s.slice('sqlite:'.length) })),
  z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .refine((s) => URL.canParse(s) && new URL(s).hostname !== '')
    .transform((s): StoreLocation => ({ kind: 'postgres', url: s })),
]);

/** Parse a store URL; code 'invalid-store-url' for anything else. */
export function parseStoreUrl(url: unknown): Result<StoreLocation, RuleError> {
  const parsed = locationSchema.safeParse(url);
  if (parsed.success) return ok(parsed.data);
  const shown = typeof url === 'string' ? `"${redactUrls(url)}"` : `a ${url === null ? 'null' : typeof url}`;
  return err({ code: 'invalid-store-url', message: `unknown store ${shown}: ${ACCEPTED}` });
}
