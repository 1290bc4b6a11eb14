/** `council export <id> --format md|html|pdf|csv|json`: a meeting's record or its votes. */
import { type CommandModule, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { writeWhole } from '../write-whole.js';
import { EXPORT_FORMATS, renderSession, type ExportFormat } from '../../records/render.js';
import { isRestricted } from '../../sessions/visibility.js';
import { DEFAULT_STORE_URL, loadSessionEvents } from '../session-events.js';
import { isLanguage, LANGUAGES } from '../../records/explain/index.js';

export const exportCommand: CommandModule = {
  async run(argv, io) {
    const parsed = parseOptions(
      argv,
      { format: { type: 'string' }, out: { type: 'string' }, database: { type: 'string' }, lang: { type: 'string' } },
      true,
    );
    const [id, extra] = parsed.positionals;
    if (!id || extra !== undefined) throw new UsageError('give exactly one session or fixture id (try: council sessions)');
    const format = parsed.values.format;
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format: one of ${EXPORT_FORMATS.join(', ')}`);
    if (format === 'pdf' && !parsed.values.out) throw new UsageError('--out FILE is required for pdf');
    const lang = parsed.values.lang ?? 'en';
    if (!isLanguage(lang)) throw new UsageError(`--lang: one of ${LANGUAGES.join(', ')}`);
    const loaded = await loadSessionEvents(id, parsed.values.database ?? DEFAULT_STORE_URL).catch((e: Error) => {
      throw new UsageError(e.message);
    });
    if (!loaded) throw new UsageError(`no fixture or stored session "${id}" (try: council sessions)`);
    // Exports are public documents: restricted events (notes) never reach them.
    const output = await renderSession(
      loaded.events.filter((e) => !isRestricted(e.type)),
      format as ExportFormat,
      lang,
    );
    if (output === null) throw new UsageError(`session "${id}" has no session-created event`);
    if (parsed.values.out) {
      await writeWhole(parsed.values.out, output);
      io.err(`wrote ${parsed.values.out}\n`);
    } else {
      io.out(typeof output === 'string' ? output : output.toString('latin1'));
    }
    return 0;
  },
};
