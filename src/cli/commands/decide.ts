/** `council decide`: decide one vote from a JSON description (spec R18-R26, R51-R55); the deciding is src/library/decide.ts. */
import { readFile } from 'node:fs/promises';
import { type CliIO, type CommandModule, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { decide } from '../../library/decide.js';

/**
 * JSON.parse keeps the last of two equal keys, so `{"USA":"yes","USA":"no"}` would silently
 * count one ballot. Two ballots from one member is an error (spec R18): find the first
 * repeated key in any object of already-valid JSON text, with its path.
 */
export function findDuplicateKey(text: string): string | undefined {
  const stack: { keys: Set<string>; path: string; pendingKey?: string }[] = [];
  let i = 0;
  let lastString = '';
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      lastString = JSON.parse(text.slice(i, j + 1)) as string;
      i = j + 1;
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === ':' && top) {
      if (top.keys.has(lastString)) return top.path ? `${top.path}.${lastString}` : lastString;
      top.keys.add(lastString);
      top.pendingKey = lastString;
    } else if (ch === '{') {
      const key = top?.pendingKey;
      stack.push({ keys: new Set(), path: key === undefined ? (top?.path ?? '') : top!.path ? `${top!.path}.${key}` : key });
    } else if (ch === '}') {
      stack.pop();
    } else if (ch === '[' && top) {
      top.pendingKey = undefined; // objects inside arrays get no key of their own
    } else if (ch === ',' && top) {
      top.pendingKey = undefined;
    }
    i++;
  }
  return undefined;
}

async function readInput(source: string | undefined, io: CliIO): Promise<unknown> {
  let text: string;
  if (source === undefined || source === '-') text = await io.readStdin();
  else {
    try {
      text = await readFile(source, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${source}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError('the input is not valid JSON');
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate !== undefined) throw new UsageError(`"${duplicate}" is given twice (one ballot per member)`);
  return value;
}

export const decideCommand: CommandModule = {
  async run(argv, io) {
    const options = { json: { type: 'boolean' }, lang: { type: 'string' }, details: { type: 'boolean' } } as const;
    const { values, positionals } = parseOptions(argv, options, true);
    if (positionals.length > 1) throw new UsageError('give at most one input file');
    // One path for all six languages: the sentence is rendered from the decision's structure, English included.
    const i18n = await import('../../records/explain/index.js');
    const lang = values.lang ?? 'en';
    if (!i18n.isLanguage(lang)) throw new UsageError(`--lang: one of ${i18n.LANGUAGES.join(', ')}`);
    const raw = await readInput(positionals[0], io);
    const out = decide(raw);
    if (!out.ok) throw new UsageError(out.error.message);
    const d = out.value;
    const localized = i18n.explain({ decision: d }, lang);
    if (values.json) {
      // The engine's own object (as the library's decide() returns it); --lang adds the rendering.
      printJson(io, values.lang ? { ...d, localized: { lang, ...localized, steps: i18n.explainTrace(d.trace, lang) } } : d);
      return 0;
    }
    const lines = [localized.sentence];
    // Warnings from their code and arguments, without their rule: they matter whatever the flag.
    for (const w of d.warnings) lines.push(i18n.warningLine(lang, w));
    if (values.details) {
      // Spec identifiers live here only: the sources applied, then the engine's reasoning step by step.
      lines.push(i18n.message(lang, 'details.line', { list: localized.details.join(' · ') }));
      lines.push(i18n.traceLabel(lang, 'trace.heading'));
      i18n.explainTrace(d.trace, lang).forEach((step, i) => lines.push(`  ${i + 1}. ${i18n.traceLine(lang, step)}`));
    }
    io.out(lines.join('\n') + '\n');
    return 0;
  },
};
