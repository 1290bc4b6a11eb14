/** `council sessions`: the historical fixtures and the sessions in an event store. */
import { type CommandModule, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { fixtures } from '../../sessions/fixtures/index.js';
import { DEFAULT_STORE_URL, listStoredSessions } from '../session-events.js';

export const sessionsCommand: CommandModule = {
  async run(argv, io) {
    const { values } = parseOptions(argv, { database: { type: 'string' }, json: { type: 'boolean' } });
    const url = values.database ?? DEFAULT_STORE_URL;
    const stored = await listStoredSessions(url).catch((e: Error) => {
      throw new UsageError(e.message);
    });
    const fx = fixtures.map((f) => ({ id: f.id, date: f.date, title: f.title }));
    if (values.json) {
      printJson(io, { fixtures: fx, stored });
      return 0;
    }
    const width = Math.max(...fx.map((f) => f.id.length), ...stored.map((s) => s.sessionId.length));
    const out = [
      'Historical meetings (replay with: council replay <id>)',
      ...fx.map((f) => `  ${f.id.padEnd(width)}  ${f.date}  ${f.title}`),
      '',
    ];
    out.push(`Stored sessions in ${url}${stored.length ? '' : ': none'}`);
    for (const s of stored)
      out.push(`  ${s.sessionId.padEnd(width)}  ${s.date}  ${s.title}  (${s.body}, ${s.format}; ${s.version} events)`);
    io.out(out.join('\n') + '\n');
    return 0;
  },
};
