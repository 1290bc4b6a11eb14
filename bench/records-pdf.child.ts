/**
 * One process's PDF records in one language (for records.bench.ts): CPU milliseconds of the
 * first record (which parses the fonts it needs) and of the next ones (which must not).
 * Prints one JSON line: { cold, warm }.
 */
import { renderSession } from '../src/records/render.js';
import type { Language } from '../src/records/lang/index.js';
import { findFixture, runFixture } from '../src/sessions/fixtures/index.js';

const lang = process.argv[2] as Language;
const run = runFixture(findFixture('sc-2017-12-11-dprk')!);
if (!run.ok) throw new Error('fixture sc-2017-12-11-dprk does not replay');
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function once(): Promise<number> {
  const t = cpuMs();
  const pdf = await renderSession(run.ok ? run.value.events : [], 'pdf', lang);
  if (!Buffer.isBuffer(pdf) || pdf.length === 0) throw new Error(`no ${lang} PDF`);
  return cpuMs() - t;
}

const cold = await once();
const warm: number[] = [];
for (let i = 0; i < 5; i++) warm.push(await once());
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ cold, warm: warm[2] }));
