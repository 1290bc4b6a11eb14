/** `council replay <id>`: a meeting step by step, from a historical fixture or a stored session. */
import { type CommandModule, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { clock } from '../../records/format.js';
import { proceedings, type Entry } from '../../records/proceedings.js';
import { DEFAULT_STORE_URL, loadSessionEvents } from '../session-events.js';
import { findFixture } from '../../sessions/fixtures/index.js';
import { publicSources } from '../../records/public-source.js';

function lines(entries: Entry[], sources: boolean): string[] {
  const out: string[] = [];
  entries.forEach((e, i) => {
    const n = `${String(i + 1).padStart(3)}.`;
    const time = e.time ? `${clock(e.time).padEnd(10)}` : ''.padEnd(10);
    const cite = sources && e.source ? `  [${e.source}]` : '';
    if (!e.vote) {
      out.push(`${n} ${time}${e.text}${cite}`);
      return;
    }
    const v = e.vote;
    out.push(`${n} ${time}Vote: ${v.question}${cite}`);
    if (!v.totalsOnly) {
      const list = (label: string, names: string[]) =>
        names.length && out.push(`${' '.repeat(16)}${label} (${names.length}): ${names.join(', ')}`);
      list('In favour', v.inFavour);
      list('Against', v.against);
      list('Abstaining', v.abstaining);
      list('Not participating', v.notParticipating);
      list('Absent', v.absent);
    }
    out.push(`${' '.repeat(16)}${v.result} ${v.announcement}`, `${' '.repeat(16)}Why: ${v.explanation}`);
  });
  return out;
}

export const replayCommand: CommandModule = {
  async run(argv, io) {
    const parsed = parseOptions(
      argv,
      { database: { type: 'string' }, ballots: { type: 'boolean' }, sources: { type: 'boolean' }, json: { type: 'boolean' } },
      true,
    );
    const [id, extra] = parsed.positionals;
    if (!id || extra !== undefined) throw new UsageError('give exactly one session or fixture id (try: council sessions)');
    const loaded = await loadSessionEvents(id, parsed.values.database ?? DEFAULT_STORE_URL).catch((e: Error) => {
      throw new UsageError(e.message);
    });
    if (!loaded) throw new UsageError(`no fixture or stored session "${id}" (try: council sessions)`);
    const { entries } = proceedings(loaded.events, { ballots: parsed.values.ballots ?? false });
    if (parsed.values.json) {
      printJson(io, { id, origin: loaded.origin, entries });
      return 0;
    }
    const fixture = loaded.origin === 'fixture' ? findFixture(id) : undefined;
    const head = entries[0]?.kind === 'session' ? entries.shift()!.text : id;
    io.out(
      [
        head,
        // --sources shows them as the data keep them, with the spec's cross-references.
        ...(fixture
          ? [`  ${fixture.summary}`, `  Sources: ${(parsed.values.sources ? fixture.sources : publicSources(fixture.sources)).join('; ')}`]
          : []),
        '',
        ...lines(entries, parsed.values.sources ?? false),
        '',
      ].join('\n'),
    );
    return 0;
  },
};
