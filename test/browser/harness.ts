/**
 * Shared set-up for the browser tests: a fresh web/dist when the sources are newer, the
 * real server in-process on 127.0.0.1 (ephemeral port, memory store), and Debian's
 * Chromium driven by playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildServer } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import { repoRoot } from './paths.js';

export { repoRoot };
export const webRoot = join(repoRoot, 'web', 'dist');
export const screenshotDir = join(repoRoot, 'test-output', 'screenshots');
export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null. With CI=true a missing browser is a failure, not a skip. */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `${CHROMIUM} is not installed (apt-get install chromium); browser tests skipped`;
  if (process.env.CI === 'true') throw new Error(reason);
  return reason;
}

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Sources bundled into the app: web/ itself and the engine modules it imports. */
const BUNDLED = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  // Everything web/src reaches through the public barrels.
  'src/protocol',
  'src/sessions',
  'src/records/symbols',
  'src/rules',
  'src/data',
  'src/analysis/ga/issues.ts',
  'src/records/explain',
  'src/records/lang',
  'assets/fonts',
];

/** Build web/dist unless it is newer than every bundled source (`npm test` has just built it). */
export function ensureWebBuilt(): void {
  if (isFresh()) return;
  // Test files run in parallel: one builds while the others wait for it (a directory is an atomic lock).
  const lock = join(repoRoot, 'test-output', '.web-build.lock');
  mkdirSync(join(repoRoot, 'test-output'), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`${lock} has been held for two minutes; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (isFresh()) return;
    execFileSync(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } finally {
    rmdirSync(lock);
  }
}

function isFresh(): boolean {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return false;
  const sources = Math.max(...BUNDLED.map((p) => newestMtime(join(repoRoot, p))));
  return statSync(index).mtimeMs > sources;
}

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export async function startApp(): Promise<RunningApp> {
  ensureWebBuilt();
  const store = await openStore('memory:');
  // Seventeen browsers join from one IP here; the join rate limit itself is the server's tests' business.
  const app = await buildServer({ store, webRoot, heartbeatMs: 5_000, joinRateLimit: { max: 500, timeWindowMs: 60_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const shot = (name: string) => join(screenshotDir, `${name}.png`);
