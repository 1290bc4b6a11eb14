/** `council symbol`: parse a UN document symbol (spec R46-R50). */
import { type CommandModule, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { knownTextRegistry, parseJointSymbol, parseSymbol, resolveSymbol, type ParsedSymbol } from '../../records/symbols/index.js';

const ORGANS: Record<string, string> = {
  A: 'General Assembly',
  S: 'Security Council',
  E: 'Economic and Social Council',
  ST: 'Secretariat',
  T: 'Trusteeship Council',
};

function describe(p: ParsedSymbol): string[] {
  const rows: [string, string | number | undefined][] = [
    ['organ', `${p.organ}${ORGANS[p.organ] ? ` (${ORGANS[p.organ]})` : ''}`],
    ['kind', p.kind],
    ['committee', p.committee !== undefined ? `Main Committee ${p.committee}` : undefined],
    ['session', p.session],
    ['year', p.year],
    ['number', p.number],
    ['meeting', p.meeting],
    ['resumption', p.resumption],
    ['draft', p.draft !== undefined ? `${p.distribution === 'restricted' ? 'R' : 'L'}.${p.draft}` : undefined],
    ['modifiers', p.modifiers.length ? p.modifiers.map((m) => (m.n === undefined ? m.name : `${m.name}.${m.n}`)).join(', ') : undefined],
    ['reissued', p.reissued ? 'yes (*)' : undefined],
    ['distribution', p.distribution],
    [
      'unparsed',
      p.parts
        .filter((x) => x.kind === 'opaque')
        .map((x) => x.text)
        .join(', ') || undefined,
    ],
  ];
  return [p.symbol, ...rows.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k.padEnd(12)} ${v}`)];
}

export const symbolCommand: CommandModule = {
  async run(argv, io) {
    const parsedArgs = parseOptions(argv, { json: { type: 'boolean' } }, true);
    const text = parsedArgs.positionals.join(' ').trim();
    if (text === '') throw new UsageError('give a symbol, e.g. council symbol S/RES/2623');
    if (/[\u2013\u2014]|\s-\s/.test(text)) {
      const joint = parseJointSymbol(text);
      if (!joint.ok) throw new UsageError(joint.error.message);
      if (parsedArgs.values.json) printJson(io, joint.value);
      else
        io.out(
          [`${joint.value.symbol} (one letter in both series)`, ...describe(joint.value.ga), ...describe(joint.value.sc)].join('\n') + '\n',
        );
      return 0;
    }
    const parsed = parseSymbol(text);
    if (!parsed.ok) throw new UsageError(parsed.error.message);
    // One text may carry symbols in several series (spec R48): name the others when known.
    const known = resolveSymbol(knownTextRegistry(), parsed.value.symbol);
    const alsoIssuedAs = known ? known.symbols.filter((s) => s !== parsed.value.symbol.replace(/\*$/, '')) : [];
    if (parsedArgs.values.json)
      printJson(
        io,
        known ? { ...parsed.value, alsoIssuedAs, text: { id: known.id, title: known.title, source: known.source } } : parsed.value,
      );
    else {
      const lines = describe(parsed.value);
      if (known)
        lines.push(
          `  ${'text'.padEnd(12)} ${known.title}`,
          `  ${'also'.padEnd(12)} ${alsoIssuedAs.join(', ')}`,
          `  ${'source'.padEnd(12)} ${known.source}`,
        );
      io.out(lines.join('\n') + '\n');
    }
    return 0;
  },
};
