/**
 * The meeting record as PDF in Chinese and Arabic against English, measured in the same run,
 * interleaved round by round, each language in a fresh process: CPU of the first record
 * (font parsing included) and of a later one (median of five). Issue 13: the Chinese record
 * cost about 23 s of CPU because fontkit inflated the whole WOFF glyph table per glyph.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./records-pdf.child.ts', import.meta.url));
const LANGS = ['en', 'zh', 'ar'] as const;
const ROUNDS = 3;

function measure(lang: string): { cold: number; warm: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, lang], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`records-pdf ${lang} exited ${r.status}: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { cold: number; warm: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const seen: Record<string, { cold: number[]; warm: number[] }> = {};
  for (const lang of LANGS) seen[lang] = { cold: [], warm: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const lang of LANGS) {
      const m = measure(lang);
      seen[lang]!.cold.push(m.cold);
      seen[lang]!.warm.push(m.warm);
    }
  }
  const en = { cold: median(seen.en!.cold), warm: median(seen.en!.warm) };
  for (const lang of LANGS) {
    const cold = median(seen[lang]!.cold);
    const warm = median(seen[lang]!.warm);
    const ratio = lang === 'en' ? '' : `   ${(cold / en.cold).toFixed(2)}x / ${(warm / en.warm).toFixed(2)}x of en`;
    console.log(`PDF record (${lang}) CPU first / later`.padEnd(58), `${cold.toFixed(0).padStart(6)} / ${warm.toFixed(0)} ms${ratio}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
