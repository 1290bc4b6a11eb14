/**
 * `npm run bench`: every area's benchmark in turn, each printing its own figures.
 * Speed goals live here, never in the tests. `npm run bench -- rules store` runs a subset.
 */
const AREAS = ['rules', 'data', 'sessions', 'store', 'analysis', 'cli', 'records'] as const;

const wanted = process.argv.slice(2);
for (const area of AREAS) {
  if (wanted.length > 0 && !wanted.includes(area)) continue;
  console.log(`\n=== ${area} ===`);
  const mod = (await import(`./${area}.bench.ts`)) as { run: () => Promise<void> };
  await mod.run();
}
