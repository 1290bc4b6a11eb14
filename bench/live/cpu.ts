/**
 * CPU time of a process, from /proc (Linux): on a shared machine, CPU spent per ballot is
 * a steadier measure of the server's cost than wall-clock throughput.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds used so far by `pid`, or NaN where /proc is unavailable. */
export function cpuSeconds(pid: number | undefined): number {
  return statCpuSeconds(pid === undefined ? undefined : `/proc/${pid}/stat`);
}

/** The same for the process's main thread alone (its event loop; the rest is the SQLite writer, GC and libuv threads). */
export function mainThreadCpuSeconds(pid: number | undefined): number {
  return statCpuSeconds(pid === undefined ? undefined : `/proc/${pid}/task/${pid}/stat`);
}

function statCpuSeconds(path: string | undefined): number {
  if (path === undefined) return NaN;
  try {
    const stat = readFileSync(path, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}
