import { ok, type Result } from '../../rules/result.js';
import { stateCodes } from '../states.js';
import { defaultGaDataDir, loadGaRecord } from './load.js';
import { isUndlFile, loadUndlRecord } from './load-undl.js';
import { cacheDirectory, readCachedRecord, writeCachedRecord } from './cache.js';
import type { GaRecord } from './record.js';

const loads = new Map<string, Promise<Result<GaRecord>>>();

/**
 * The GA record for `dir` — a Voeten-style directory, or one UN Digital Library voting CSV — (default ../shared/data/unga-votes or COUNCIL_GA_DATA), loaded
 * once per process and shared by every caller: the record is large (870k votes, ~2–4 s
 * to parse) and read-only, so the CLI and the server keep one copy; across processes a
 * binary cache (cache.ts) skips the parse. A failed load is forgotten so a later call
 * can retry.
 */
export function sharedGaRecord(dir?: string, onProgress?: (fraction: number, phase: string) => void): Promise<Result<GaRecord>> {
  const resolved = dir ?? defaultGaDataDir();
  let pending = loads.get(resolved);
  if (!pending) {
    pending = loadWithCache(resolved, onProgress);
    loads.set(resolved, pending);
    void pending.then((r) => {
      if (!r.ok) loads.delete(resolved);
    });
  }
  return pending;
}

/** Parse, or reuse the binary cache of an earlier parse of the same files (cache.ts). */
async function loadWithCache(dir: string, onProgress?: (fraction: number, phase: string) => void): Promise<Result<GaRecord>> {
  // A single CSV in the UN Digital Library's shape (detected from its header): parsed each time, never cached or bundled.
  if (await isUndlFile(dir)) return loadUndlRecord(dir, onProgress);
  const cacheDir = cacheDirectory();
  const cached = cacheDir ? readCachedRecord(dir, cacheDir) : null;
  if (cached) return ok(cached);
  const r = await loadGaRecord(dir, { states: stateCodes, ...(onProgress ? { onProgress } : {}) });
  if (r.ok && cacheDir) writeCachedRecord(dir, cacheDir, r.value);
  return r;
}
