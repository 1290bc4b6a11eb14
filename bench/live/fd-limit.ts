/**
 * Open-file limits: every WebSocket is a file descriptor, in the server process and in
 * the load generator alike. Node raises its own soft limit to the hard limit at start-up,
 * so the hard limit is what counts; server children are still started through
 * `sh -c 'ulimit -n N; exec …'` so the limit they run under is explicit.
 */
import { execFileSync } from 'node:child_process';

export function fdLimits(): { soft: number; hard: number } {
  const read = (flag: string) => {
    const out = execFileSync('sh', ['-c', `ulimit ${flag} -n`], { encoding: 'utf8' }).trim();
    return out === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(out);
  };
  return { soft: read('-S'), hard: read('-H') };
}

/** The command line that runs `argv` with the soft limit raised to `wanted` (capped at the hard limit). */
export function withFdLimit(wanted: number, argv: string[]): { command: string; args: string[] } {
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return { command: 'sh', args: ['-c', `ulimit -S -n ${wanted} 2>/dev/null || ulimit -S -n "$(ulimit -H -n)"; exec ${quoted}`] };
}
