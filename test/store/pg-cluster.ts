/**
 * A private PostgreSQL cluster for the server-crash test, run through scripts/postgres.sh
 * (its own directory and port, so the shared test database is never touched), and a
 * kill -9 of exactly that cluster's processes, found by pid from its postmaster.pid.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/postgres.sh', import.meta.url));

function script(dir: string, port: number, ...args: string[]): string {
  return execFileSync(SCRIPT, args, {
    env: { ...process.env, COUNCIL_PG_DIR: dir, COUNCIL_PG_PORT: String(port) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Start (initialising if needed) the cluster in `dir`; its URL. */
export function startCluster(dir: string, port: number): string {
  return script(dir, port);
}

export function stopCluster(dir: string, port: number): void {
  script(dir, port, 'stop');
}

/** kill -9 the postmaster and every process it started: a crash, not a shutdown. */
export function killCluster(dir: string): number[] {
  const postmaster = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // Field 4 of /proc/PID/stat is the parent pid (after the parenthesised command name).
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  const victims = [postmaster, ...children];
  for (const pid of victims) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return victims;
}
