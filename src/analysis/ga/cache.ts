import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { GaRecord, type GaTables } from './record.js';

/**
 * A binary cache of the parsed record, so each CLI run does not re-parse 870k CSV rows.
 * The key hashes the data directory, each source file's contents and a format version,
 * so a changed or newer dataset is parsed afresh. Writes go to a temporary file
 * renamed into place (never a half-written cache); a cache that fails validation is
 * ignored and rebuilt. Disable with COUNCIL_GA_CACHE=0.
 */
const FORMAT = 1;
const SOURCES = ['un_votes', 'un_roll_calls', 'un_roll_call_issues'].flatMap((b) => [`${b}.csv.gz`, `${b}.csv`]);

export function cacheDirectory(): string | null {
  if (process.env.COUNCIL_GA_CACHE === '0') return null;
  return process.env.COUNCIL_GA_CACHE_DIR ?? path.join(tmpdir(), 'council-ga-cache');
}

/** Hash of the format, the directory and every source file's name and bytes (~3 MB: milliseconds). */
function cacheKey(dir: string): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${path.resolve(dir)}`);
  for (const name of SOURCES) {
    const p = path.join(dir, name);
    if (existsSync(p) && statSync(p).isFile()) hash.update(`\0${name}\0`).update(readFileSync(p));
  }
  return hash.digest('hex').slice(0, 32);
}

const ARRAYS = ['rcid', 'session', 'day', 'issueMask', 'important', 'votes'] as const;
type ArrayName = (typeof ARRAYS)[number];

const headerSchema = z.object({
  format: z.literal(FORMAT),
  dates: z.array(z.string()),
  unres: z.array(z.string()),
  short: z.array(z.string()),
  descr: z.array(z.string()),
  countries: z.array(z.object({ code: z.string(), datasetName: z.string(), alpha2: z.string() })),
  aliases: z.array(z.tuple([z.string(), z.string()])),
  origin: z.object({ dir: z.string(), warnings: z.array(z.string()), votes: z.number().int() }),
  arrays: z.array(z.object({ name: z.enum(ARRAYS), offset: z.number().int(), bytes: z.number().int() })),
});

const ctor: Record<ArrayName, { new (b: ArrayBuffer, o: number, l: number): ArrayBufferView; BYTES_PER_ELEMENT: number }> = {
  rcid: Int32Array,
  session: Int16Array,
  day: Int32Array,
  issueMask: Uint8Array,
  important: Int8Array,
  votes: Uint8Array,
};

/** The cached record for `dir`, or null when absent, stale or invalid. */
export function readCachedRecord(dir: string, cacheDir: string): GaRecord | null {
  const file = path.join(cacheDir, `ga-${cacheKey(dir)}.bin`);
  if (!existsSync(file)) return null;
  try {
    const buf = readFileSync(file);
    const headerLength = buf.readUInt32LE(0);
    const header = headerSchema.parse(JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')));
    const body = buf.subarray(4 + headerLength);
    // the body is exactly the arrays: anything shorter or longer is damage
    if (body.length !== Math.max(0, ...header.arrays.map((a) => a.offset + a.bytes))) return null;
    // copy into an aligned buffer so typed views line up
    const aligned = new ArrayBuffer(body.length);
    new Uint8Array(aligned).set(body);
    const arrays = {} as Record<ArrayName, ArrayBufferView>;
    for (const a of header.arrays) {
      const C = ctor[a.name];
      if (a.offset % C.BYTES_PER_ELEMENT !== 0 || a.offset + a.bytes > aligned.byteLength) return null;
      arrays[a.name] = new C(aligned, a.offset, a.bytes / C.BYTES_PER_ELEMENT);
    }
    const n = header.dates.length;
    const nC = header.countries.length;
    const tables: GaTables = {
      rcid: arrays.rcid as Int32Array,
      session: arrays.session as Int16Array,
      day: arrays.day as Int32Array,
      dates: header.dates,
      issueMask: arrays.issueMask as Uint8Array,
      important: arrays.important as Int8Array,
      unres: header.unres,
      short: header.short,
      descr: header.descr,
      countries: header.countries,
      votes: arrays.votes as Uint8Array,
      aliases: new Map(header.aliases),
    };
    const lengthsOk =
      ARRAYS.every((a) => arrays[a] !== undefined) &&
      tables.rcid.length === n &&
      tables.session.length === n &&
      tables.day.length === n &&
      tables.issueMask.length === n &&
      tables.important.length === n &&
      tables.votes.length === n * nC &&
      header.unres.length === n &&
      header.short.length === n &&
      header.descr.length === n;
    return lengthsOk ? new GaRecord(tables, header.origin) : null;
  } catch {
    return null;
  }
}

/** Store a freshly parsed record; failures are silent (the cache is an optimisation). */
export function writeCachedRecord(dir: string, cacheDir: string, record: GaRecord): void {
  const t = record.tables;
  const parts: { name: ArrayName; data: ArrayBufferView }[] = ARRAYS.map((name) => ({ name, data: t[name] }));
  let offset = 0;
  const layout = parts.map((p) => {
    offset = Math.ceil(offset / 8) * 8;
    const entry = { name: p.name, offset, bytes: p.data.byteLength };
    offset += p.data.byteLength;
    return entry;
  });
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      dates: t.dates,
      unres: t.unres,
      short: t.short,
      descr: t.descr,
      countries: t.countries,
      aliases: [...t.aliases],
      origin: record.origin,
      arrays: layout,
    }),
    'utf8',
  );
  const body = Buffer.alloc(offset);
  parts.forEach((p, i) => Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength).copy(body, layout[i]!.offset));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  const file = path.join(cacheDir, `ga-${cacheKey(dir)}.bin`);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(temp, Buffer.concat([length, header, body]));
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      /* nothing to clean */
    }
  }
}
