/**
 * Shared plumbing for the analysis commands (forecast, backtest, align, power): state-code
 * lists, loading the GA record once per process with a progress line on stderr, tables.
 */
import { UsageError, type CliIO } from './command.js';
import { memberState } from '../data/index.js';
import type { StateCode } from '../rules/types.js';
import { sharedGaRecord } from '../analysis/ga/shared.js';
import type { GaRecord } from '../analysis/ga/record.js';

/** "USA,gbr, FRA" → ["USA","GBR","FRA"], each a known state. */
export function stateList(raw: string | undefined, option: string): StateCode[] {
  if (raw === undefined) return [];
  const codes = raw
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  if (!codes.length) throw new UsageError(`--${option} needs state codes, e.g. USA,GBR`);
  for (const c of codes) if (!memberState(c)) throw new UsageError(`--${option}: unknown state code "${c}"`);
  return codes;
}

/**
 * The shared GA record (see ga/shared.ts), with a self-overwriting percentage line on
 * `progress` while it loads; a load failure becomes a one-line UsageError.
 */
export async function gaRecordFor(dir: string | undefined, progress?: (line: string) => void): Promise<GaRecord> {
  let shown = -1;
  let drew = false;
  const r = await sharedGaRecord(dir, (fraction, phase) => {
    const pct = Math.floor(fraction * 10) * 10; // every 10%: readable in logs too
    if (!progress || pct === shown) return;
    shown = pct;
    drew = true;
    progress(`\rLoading GA roll calls (${phase})… ${String(pct).padStart(3)}%`);
  });
  if (drew) progress?.('\r' + ' '.repeat(50) + '\r');
  if (!r.ok) throw new UsageError(r.error.message);
  return r.value;
}

/** Progress on stderr unless --json or --quiet. */
export function progressFor(io: CliIO, quiet: boolean): ((line: string) => void) | undefined {
  return quiet ? undefined : (line) => io.err(line);
}

export const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** Left-aligned text table. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
