/**
 * Importing `council` (and each subpath) loads no server, database or PDF code. A child
 * process imports the built entry with a module-resolution hook that logs every module it
 * resolves, and lists the CommonJS cache too. Needs `npm run build` (npm test's pretest).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HEAVY = /\/node_modules\/(fastify|@fastify\/[^/]+|better-sqlite3|pg|pg-[^/]+|pdfkit|ws|qrcode|csv-parse)\//;
const SERVER_OR_STORE = /\/dist\/(server|store)\//;

const dir = mkdtempSync(join(tmpdir(), 'council-imports-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, 'hooks.mjs'),
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.COUNCIL_LOAD_LOG, r.url + '\\n');
  return r;
}
`,
);
writeFileSync(
  join(dir, 'register.mjs'),
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
);

/** Every module (ESM resolved or CommonJS cached) that importing `entry` and running `code` loads. */
function loadedBy(entry: string, code: string, label: string): string[] {
  const log = join(dir, `${label}.log`);
  writeFileSync(log, '');
  const script = `
    import { createRequire } from 'node:module';
    const lib = await import(${JSON.stringify(pathToFileURL(join(ROOT, entry)).href)});
    ${code}
    console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, '--input-type=module', '-e', script], {
    env: { ...process.env, COUNCIL_LOAD_LOG: log },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const cjs = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as string[];
  return [...readFileSync(log, 'utf8').split('\n').filter(Boolean), ...cjs.map((p) => pathToFileURL(p).href)];
}

test('the built entry exists (npm run build)', () => {
  assert.ok(existsSync(join(ROOT, 'dist/index.js')), 'run npm run build first');
  assert.ok(existsSync(join(ROOT, 'dist/index.d.ts')), 'declarations are emitted');
});

test('importing council and calling every function loads no server, database or PDF code', () => {
  const loaded = loadedBy(
    'dist/index.js',
    `lib.members('2017-12-11'); lib.president('2018-12'); lib.parseSymbol('S/RES/2623 (2022)'); lib.power('sc');
     lib.decide({ body: 'security-council', date: '2017-12-11', matter: 'procedural', votes: { USA: 'yes' } });`,
    'main',
  );
  // The hook sees what it should: the entry itself and zod, which decide's schemas need.
  assert.ok(
    loaded.some((u) => u.endsWith('/dist/index.js')),
    'the hook logged the entry',
  );
  assert.ok(
    loaded.some((u) => /\/node_modules\/zod\//.test(u)),
    'the hook logged a dependency',
  );
  assert.deepEqual(
    loaded.filter((u) => HEAVY.test(u) || SERVER_OR_STORE.test(u)),
    [],
  );
  assert.deepEqual(
    loaded.filter((u) => /\/dist\/(cli|sessions)\//.test(u)),
    [],
    'nor the CLI or live sessions',
  );
});

test('the subpaths rules, data, power and records load no server, database or PDF code either', () => {
  for (const entry of ['dist/rules/index.js', 'dist/data/index.js', 'dist/analysis/power/index.js', 'dist/records/index.js']) {
    const loaded = loadedBy(entry, '', entry.replaceAll('/', '-'));
    assert.ok(
      loaded.some((u) => u.endsWith(entry)),
      entry,
    );
    assert.deepEqual(
      loaded.filter((u) => HEAVY.test(u) || SERVER_OR_STORE.test(u)),
      [],
      entry,
    );
  }
});
