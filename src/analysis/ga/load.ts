import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { err, ok, type Result, type RuleError } from '../../rules/result.js';
import type { StateCode } from '../../rules/types.js';
import { COLUMN_ALIASES, makeCodeResolver, type Alpha2Source } from './codes.js';
import { ISSUES, issueFromDataset } from './issues.js';
import { dayNumber, GaRecord, VOTE, type GaCountry, type GaTables } from './record.js';

/** Where the roll-call data lives unless `--ga-data` / COUNCIL_GA_DATA say otherwise. */
export function defaultGaDataDir(): string {
  if (process.env.COUNCIL_GA_DATA) return path.resolve(process.env.COUNCIL_GA_DATA);
  // src/analysis/ga (or dist/analysis/ga) → project root → ../shared/data/unga-votes
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  return path.resolve(root, '..', 'shared', 'data', 'unga-votes');
}

export interface LoadOptions {
  /** Called with a fraction 0..1 as the votes file is read (by bytes). */
  onProgress?: (fraction: number, phase: string) => void;
  /** alpha-2 → alpha-3 source; normally the data layer's state list. */
  states: readonly Alpha2Source[];
}

const flag = z.enum(['0', '1', 'NA', '']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'date must be YYYY-MM-DD');
const intString = z.string().regex(/^\d+$/u, 'must be a whole number');

const rollCallRow = z.object({
  rcid: intString,
  session: intString,
  importantvote: flag.optional(),
  date: isoDate,
  unres: z.string().optional(),
  amend: flag.optional(),
  para: flag.optional(),
  short: z.string().optional(),
  descr: z.string().optional(),
});
const issueRow = z.object({ rcid: intString, short_name: z.string().optional(), issue: z.string() });
/** yes/no/abstain as in this release; Voeten's numeric codes 1/2/3 (8, 9 = absent) too. */
const voteRow = z.object({
  rcid: intString,
  country: z.string(),
  country_code: z.string(),
  vote: z.enum(['yes', 'no', 'abstain', '1', '2', '3', '8', '9']),
});

const VOTE_CODE: Record<string, number> = {
  yes: VOTE.YES,
  '1': VOTE.YES,
  abstain: VOTE.ABSTAIN,
  '2': VOTE.ABSTAIN,
  no: VOTE.NO,
  '3': VOTE.NO,
  '8': VOTE.NONE,
  '9': VOTE.NONE,
};

const dataError = (message: string): RuleError => ({ code: 'ga-data-invalid', message });

/** `<base>.csv.gz` or `<base>.csv` in dir, whichever exists. */
function findFile(dir: string, base: string): string | undefined {
  for (const name of [`${base}.csv.gz`, `${base}.csv`]) {
    const p = path.join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/**
 * Stream a CSV (gz or plain) row by row. csv-parse runs in array mode (much faster than
 * `columns: true` on 870k rows); we map the header ourselves and hand `onRow` an object
 * with just the wanted columns ('' for an absent optional one). A missing required
 * column fails at the header.
 */
export async function eachRow(
  file: string,
  required: readonly string[],
  optional: readonly string[],
  onRow: (row: Record<string, string>, line: number) => string | undefined,
  onBytes?: (fraction: number) => void,
): Promise<Result<number>> {
  const size = statSync(file).size || 1;
  let read = 0;
  const source = createReadStream(file);
  source.on('data', (chunk) => {
    read += chunk.length;
    onBytes?.(read / size);
  });
  const parser = parse({ bom: true, skip_empty_lines: true, relax_quotes: true, relax_column_count: true });
  const input = file.endsWith('.gz') ? source.pipe(createGunzip()) : source;
  const wanted = [...required, ...optional];
  let line = 0;
  let positions: number[] | null = null;
  let failure: string | undefined;
  await new Promise<void>((resolve) => {
    const stop = (message: string) => {
      failure ??= message;
      source.destroy();
      input.unpipe(parser);
      resolve();
    };
    input.on('error', (e: Error) => stop(e.message));
    parser.on('error', (e: Error) => stop(e.message));
    parser.on('end', () => resolve());
    parser.on('readable', () => {
      let record: string[] | null;
      while (failure === undefined && (record = parser.read() as string[] | null) !== null) {
        line++;
        if (!positions) {
          const header = record.map((h) => h.trim());
          const missing = required.filter((w) => !header.includes(w));
          if (missing.length) return stop(`missing column(s) ${missing.join(', ')}`);
          positions = wanted.map((w) => header.indexOf(w));
          continue;
        }
        const row: Record<string, string> = {};
        for (let i = 0; i < wanted.length; i++) row[wanted[i]!] = positions[i]! < 0 ? '' : (record[positions[i]!] ?? '');
        const problem = onRow(row, line);
        if (problem) return stop(`row ${line}: ${problem}`);
      }
    });
    input.pipe(parser);
  });
  if (failure !== undefined) return err(dataError(`${path.basename(file)}: ${failure}`));
  if (!positions) return err(dataError(`${path.basename(file)}: empty file`));
  return ok(line - 1);
}

const firstIssue = (e: z.ZodError) => {
  const i = e.issues[0];
  return i ? `${i.path.join('.') || 'row'}: ${i.message}` : 'invalid row';
};

/**
 * Load the GA roll-call record from a directory holding un_votes, un_roll_calls and
 * (optionally) un_roll_call_issues, each .csv.gz or .csv — this release or a newer one
 * with the same columns. Every row is validated; a bad file is a typed error, never a
 * half-built record. Votes are packed into one byte per (roll call, country).
 */
export async function loadGaRecord(dir: string, options: LoadOptions): Promise<Result<GaRecord>> {
  const progress = options.onProgress ?? (() => {});
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return err(dataError(`GA data directory not found: ${dir}`));
  const votesFile = findFile(dir, 'un_votes');
  const rollCallsFile = findFile(dir, 'un_roll_calls');
  const issuesFile = findFile(dir, 'un_roll_call_issues');
  if (!votesFile || !rollCallsFile) return err(dataError(`${dir} must hold un_votes.csv[.gz] and un_roll_calls.csv[.gz]`));
  const warnings: string[] = [];

  // 1. Roll calls.
  type Rc = { rcid: number; session: number; date: string; unres: string; important: number; short: string; descr: string; issues: number };
  const rcs: Rc[] = [];
  const seenRcid = new Set<number>();
  progress(0, 'roll calls');
  const rcRead = await eachRow(
    rollCallsFile,
    ['rcid', 'session', 'date'],
    ['importantvote', 'unres', 'amend', 'para', 'short', 'descr'],
    (row) => {
      const p = rollCallRow.safeParse(row);
      if (!p.success) return firstIssue(p.error);
      const r = p.data;
      const rcid = Number(r.rcid);
      if (seenRcid.has(rcid)) return `duplicate rcid ${rcid}`;
      if (Number.isNaN(dayNumber(r.date))) return `impossible date ${r.date}`;
      seenRcid.add(rcid);
      rcs.push({
        rcid,
        session: Number(r.session),
        date: r.date,
        unres: r.unres ?? '',
        important: r.importantvote === '1' ? 1 : r.importantvote === '0' ? 0 : -1,
        short: r.short ?? '',
        descr: r.descr ?? '',
        issues: 0,
      });
      return undefined;
    },
  );
  if (!rcRead.ok) return rcRead;
  rcs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rcid - b.rcid));
  const indexOfRcid = new Map(rcs.map((r, i) => [r.rcid, i]));

  // 2. Issues (optional file).
  if (issuesFile) {
    let unknownIssue = 0;
    let orphan = 0;
    const issuesRead = await eachRow(issuesFile, ['rcid', 'issue'], ['short_name'], (row) => {
      const p = issueRow.safeParse(row);
      if (!p.success) return firstIssue(p.error);
      const key = issueFromDataset(p.data.issue, p.data.short_name);
      const i = indexOfRcid.get(Number(p.data.rcid));
      if (!key) unknownIssue++;
      else if (i === undefined) orphan++;
      else rcs[i]!.issues |= ISSUES[key].bit;
      return undefined;
    });
    if (!issuesRead.ok) return issuesRead;
    if (unknownIssue) warnings.push(`${unknownIssue} issue rows with an unknown issue label were ignored`);
    if (orphan) warnings.push(`${orphan} issue rows name a roll call that is not in un_roll_calls`);
  } else {
    warnings.push('no un_roll_call_issues file: issue filters will match nothing');
  }

  // 3. Votes: one byte per cell; columns assigned as countries appear (at most 255).
  const resolve = makeCodeResolver(options.states);
  const MAX_COLUMNS = 255;
  const wide = new Uint8Array(rcs.length * MAX_COLUMNS);
  const countries: GaCountry[] = [];
  const column = new Map<StateCode, number>();
  const unmapped = new Set<string>();
  let orphanVotes = 0;
  let duplicates = 0;
  let votes = 0;
  progress(0, 'votes');
  const votesRead = await eachRow(
    votesFile,
    ['rcid', 'country', 'country_code', 'vote'],
    [],
    (row) => {
      const p = voteRow.safeParse(row);
      if (!p.success) return firstIssue(p.error);
      const v = p.data;
      const r = indexOfRcid.get(Number(v.rcid));
      if (r === undefined) {
        orphanVotes++;
        return undefined;
      }
      let code = resolve(v.country_code, v.country);
      if (!code) {
        // Keep the votes, visibly: "?XX" (or "?name") is never a real alpha-3 code.
        code = `?${v.country_code.trim() || v.country.trim()}`;
        unmapped.add(`${v.country_code} (${v.country})`);
      }
      let c = column.get(code);
      if (c === undefined) {
        if (countries.length >= MAX_COLUMNS) return `more than ${MAX_COLUMNS} countries`;
        c = countries.length;
        column.set(code, c);
        countries.push({ code, datasetName: v.country, alpha2: v.country_code });
      } else {
        countries[c]!.datasetName = v.country;
      }
      const cell = r * MAX_COLUMNS + c;
      const value = VOTE_CODE[v.vote]!;
      if (wide[cell] !== VOTE.NONE) {
        duplicates++;
        return undefined;
      }
      wide[cell] = value;
      if (value !== VOTE.NONE) votes++;
      return undefined;
    },
    (f) => progress(f, 'votes'),
  );
  if (!votesRead.ok) return votesRead;
  if (unmapped.size) warnings.push(`unmapped country codes kept as "?XX": ${[...unmapped].join(', ')}`);
  if (orphanVotes) warnings.push(`${orphanVotes} votes name a roll call that is not in un_roll_calls`);
  if (duplicates) warnings.push(`${duplicates} repeated (roll call, country) rows ignored`);

  progress(1, 'indexing');
  const nC = countries.length;
  const packed = new Uint8Array(rcs.length * nC);
  for (let r = 0; r < rcs.length; r++) packed.set(wide.subarray(r * MAX_COLUMNS, r * MAX_COLUMNS + nC), r * nC);
  const aliases = new Map<StateCode, StateCode>();
  for (const [alias, target] of Object.entries(COLUMN_ALIASES)) if (!column.has(alias) && column.has(target)) aliases.set(alias, target);

  const tables: GaTables = {
    rcid: Int32Array.from(rcs, (r) => r.rcid),
    session: Int16Array.from(rcs, (r) => r.session),
    day: Int32Array.from(rcs, (r) => dayNumber(r.date)),
    dates: rcs.map((r) => r.date),
    issueMask: Uint8Array.from(rcs, (r) => r.issues),
    important: Int8Array.from(rcs, (r) => r.important),
    unres: rcs.map((r) => r.unres),
    short: rcs.map((r) => r.short),
    descr: rcs.map((r) => r.descr),
    countries,
    votes: packed,
    aliases,
  };
  return ok(new GaRecord(tables, { dir, warnings, votes }));
}
