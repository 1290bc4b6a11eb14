/**
 * Builds the `council` bin (dist/bin/council.js): src/cli/main.ts bundled with the commands
 * that must start fast (members, president, decide, symbol) and zod, which decide needs and
 * which costs Node 20 about 45 ms as a hundred ES modules but half that as one file, and
 * intl-messageformat with its parser (decide's sentence in every language) likewise (issue 8:
 * start-up within 2x `node -e 0`; `npm run bench -- cli` measures it).
 *
 * Everything else stays as tsc built it, so the bundle only points there: the other commands
 * (dist/cli/commands/*.js: the server, stores, PDF and GA analysis load only when run),
 * dist/cli/command.js (one UsageError class for both sides, or `instanceof` would fail) and
 * every other dependency (node_modules, as installed).
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FAST = new Set(['members', 'president', 'decide', 'symbol']);
// Dependencies bundled into the bin: zod (decide's input) and intl-messageformat with its parser (decide's sentence, in
// every language): one file each costs Node less to load than their dozens of ES modules.
const BUNDLED = new Set([
  'zod',
  'intl-messageformat',
  '@formatjs/icu-messageformat-parser',
  '@formatjs/fast-memoize',
  '@formatjs/icu-skeleton-parser',
]);
const COMMANDS_DIR = path.join(ROOT, 'src/cli/commands');
const COMMAND_MODULE = path.join(ROOT, 'src/cli/command.ts');
const OUT_DIR = path.join(ROOT, 'dist/bin');
const dependencies = Object.keys(
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
);

/** The built (tsc) file for a source module, as a path relative to dist/bin. */
const builtFromBin = (source: string) =>
  path
    .relative(OUT_DIR, path.join(ROOT, 'dist', path.relative(path.join(ROOT, 'src'), source)))
    .replace(/\.ts$/, '.js')
    .split(path.sep)
    .join('/');

const keepOutside: Plugin = {
  name: 'keep-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]!;
      if (BUNDLED.has(name) || args.path.startsWith('node:')) return undefined;
      if (!dependencies.includes(name)) throw new Error(`${args.importer} imports ${args.path}, which is not a dependency`);
      return { path: args.path, external: true };
    });
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const source = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      const isCommand = path.dirname(source) === COMMANDS_DIR && path.basename(source) !== 'index.ts';
      if (source === COMMAND_MODULE || (isCommand && !FAST.has(path.basename(source, '.ts')))) {
        return { path: builtFromBin(source), external: true };
      }
      return undefined;
    });
  },
};

rmSync(OUT_DIR, { recursive: true, force: true }); // chunk names carry hashes: never leave stale ones
await build({
  entryPoints: { council: path.join(ROOT, 'src/cli/main.ts') },
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true, // less to parse at every start; the source map keeps the names
  sourcemap: true,
  logLevel: 'warning',
  plugins: [keepOutside],
});
