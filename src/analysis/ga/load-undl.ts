import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { memberState } from '../../data/index.js';
import { err, ok, type Result, type RuleError } from '../../rules/result.js';
import type { StateCode } from '../../rules/types.js';
import { COLUMN_ALIASES } from './codes.js';
import { eachRow } from './load.js';
import { dayNumber, GaRecord, VOTE, type GaCountry, type GaTables } from './record.js';

/**
 * The UN Dag Hammarskjöld Library's "General Assembly Voting Data" CSV: one row per
 * (resolution, Member), columns undl_id, ms_code, ms_name, ms_vote (Y/N/A/X), date,
 * resolution, title, subjects, … It is not redistributable, so the project never ships
 * it: a user points --ga-data at their copy. X (non-voting) and blanks count as no vote.
 */
export const UNDL_COLUMNS = ['undl_id', 'ms_code', 'ms_name', 'ms_vote', 'date', 'resolution', 'title'] as const;

const dataError = (message: string): RuleError => ({ code: 'ga-data-invalid', message });

const row = z.object({
  undl_id: z.string().trim().min(1, 'undl_id is empty'),
  ms_code: z.string().trim(),
  ms_name: z.string(),
  ms_vote: z.enum(['Y', 'N', 'A', 'X', '']),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/u, 'date must start YYYY-MM-DD'),
  resolution: z.string(),
  title: z.string(),
  subjects: z.string().optional(),
});

const VOTE_OF: Record<string, number> = { Y: VOTE.YES, N: VOTE.NO, A: VOTE.ABSTAIN, X: VOTE.NONE, '': VOTE.NONE };

/** Read the first line of a CSV (gz or plain): its column names. */
export async function csvHeader(file: string): Promise<string[] | null> {
  const source = createReadStream(file);
  const input = file.endsWith('.gz') ? source.pipe(createGunzip()) : source;
  const parser = input.pipe(parse({ bom: true, to_line: 1, relax_quotes: true, relax_column_count: true }));
  try {
    for await (const record of parser) return (record as string[]).map((h) => h.trim());
  } catch {
    return null;
  } finally {
    source.destroy();
  }
  return null;
}

/** Is `p` a file in the UNDL shape (detected from its header)? */
export async function isUndlFile(p: string): Promise<boolean> {
  if (!existsSync(p) || !statSync(p).isFile()) return false;
  const header = await csvHeader(p);
  return header !== null && UNDL_COLUMNS.every((c) => header.includes(c));
}

function resolveCode(raw: string): StateCode | undefined {
  const c = raw.trim().toUpperCase();
  if (!/^[A-Z]{3}$/u.test(c)) return undefined;
  if (memberState(c)) return c;
  return COLUMN_ALIASES[c];
}

export async function loadUndlRecord(file: string, onProgress?: (fraction: number, phase: string) => void): Promise<Result<GaRecord>> {
  if (!existsSync(file) || !statSync(file).isFile()) return err(dataError(`GA data file not found: ${file}`));
  type Rc = { id: string; date: string; unres: string; title: string; votes: Map<number, number> };
  const rcs = new Map<string, Rc>();
  const countries: GaCountry[] = [];
  const column = new Map<StateCode, number>();
  const unmapped = new Set<string>();
  let duplicates = 0;
  let votes = 0;
  const read = await eachRow(
    file,
    [...UNDL_COLUMNS],
    ['subjects'],
    (raw) => {
      const p = row.safeParse(raw);
      if (!p.success) {
        const i = p.error.issues[0];
        return i ? `${i.path.join('.') || 'row'}: ${i.message}` : 'invalid row';
      }
      const r = p.data;
      const date = r.date.slice(0, 10);
      if (Number.isNaN(dayNumber(date))) return `impossible date ${r.date}`;
      let rc = rcs.get(r.undl_id);
      if (!rc) {
        rc = { id: r.undl_id, date, unres: r.resolution.trim(), title: r.title.trim(), votes: new Map() };
        rcs.set(r.undl_id, rc);
      } else if (rc.date !== date) return `undl_id ${r.undl_id} has two dates (${rc.date}, ${date})`;
      let code = resolveCode(r.ms_code);
      if (!code) {
        code = `?${r.ms_code.trim() || r.ms_name.trim()}`;
        unmapped.add(`${r.ms_code} (${r.ms_name})`);
      }
      let c = column.get(code);
      if (c === undefined) {
        if (countries.length >= 255) return 'more than 255 countries';
        c = countries.length;
        column.set(code, c);
        countries.push({ code, datasetName: r.ms_name, alpha2: '' });
      }
      if (rc.votes.has(c)) {
        duplicates++;
        return undefined;
      }
      const v = VOTE_OF[r.ms_vote]!;
      rc.votes.set(c, v);
      if (v !== VOTE.NONE) votes++;
      return undefined;
    },
    (f) => onProgress?.(f, 'votes'),
  );
  if (!read.ok) return read;
  const list = [...rcs.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
  const nC = countries.length;
  const packed = new Uint8Array(list.length * nC);
  list.forEach((rc, i) => {
    for (const [c, v] of rc.votes) packed[i * nC + c] = v;
  });
  const sessionOf = (rc: Rc) => {
    const m = /A\/RES\/(\d+)\//u.exec(rc.unres);
    return m ? Number(m[1]) : Number(rc.date.slice(0, 4)) - 1945;
  };
  const aliases = new Map<StateCode, StateCode>();
  for (const [alias, target] of Object.entries(COLUMN_ALIASES)) if (!column.has(alias) && column.has(target)) aliases.set(alias, target);
  const tables: GaTables = {
    rcid: Int32Array.from(list, (_, i) => i + 1),
    session: Int16Array.from(list, sessionOf),
    day: Int32Array.from(list, (r) => dayNumber(r.date)),
    dates: list.map((r) => r.date),
    issueMask: new Uint8Array(list.length),
    important: new Int8Array(list.length).fill(-1),
    unres: list.map((r) => r.unres),
    short: list.map((r) => r.title),
    descr: list.map((r) => r.title),
    countries,
    votes: packed,
    aliases,
  };
  const warnings = ['UN Digital Library voting data: no issue codes, so issue filters match nothing'];
  if (unmapped.size) warnings.push(`unmapped member codes kept as "?XXX": ${[...unmapped].join(', ')}`);
  if (duplicates) warnings.push(`${duplicates} repeated (resolution, Member) rows ignored`);
  return ok(new GaRecord(tables, { dir: path.resolve(file), warnings, votes }));
}
