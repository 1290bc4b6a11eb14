/** `council document`: print a UN document (letter, draft) in the UN's layout from its JSON description. */
import { readFile } from 'node:fs/promises';
import { type CommandModule, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { writeWhole } from '../write-whole.js';
import { documentToHtml, historicalDocuments, layoutDocument, UnDocumentSchema, type UnDocument } from '../../records/documents/index.js';

const FORMATS = ['html', 'pdf', 'json'] as const;

async function readDocument(file: string, io: Parameters<CommandModule['run']>[1]): Promise<UnDocument> {
  const text =
    file === '-'
      ? await io.readStdin()
      : await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
          throw new UsageError(`${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
        });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not JSON (${(e as Error).message})`);
  }
  const parsed = UnDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${file}: ${issue.path.join('.') || 'document'}: ${issue.message}`);
  }
  return parsed.data;
}

export const documentCommand: CommandModule = {
  async run(argv, io) {
    const [verb, ...rest] = argv;
    if (verb === 'list') {
      const parsed = parseOptions(rest, { json: { type: 'boolean' } });
      const docs = [...historicalDocuments()].map(([id, d]) => ({ id, symbol: layoutDocument(d).symbol, date: d.date, title: d.title }));
      if (parsed.values.json) printJson(io, docs);
      else io.out(docs.map((d) => `${d.id.padEnd(26)} ${d.symbol.padEnd(24)} ${d.date}  ${d.title}`).join('\n') + '\n');
      return 0;
    }
    if (verb !== 'render') throw new UsageError('give a verb: render or list (try: council help document)');
    const parsed = parseOptions(rest, { format: { type: 'string' }, out: { type: 'string' }, historical: { type: 'string' } }, true);
    const format = parsed.values.format;
    if (!format || !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: one of ${FORMATS.join(', ')}`);
    if (format === 'pdf' && !parsed.values.out) throw new UsageError('--out FILE is required for pdf');
    const [file, extra] = parsed.positionals;
    if (extra !== undefined || (file === undefined) === (parsed.values.historical === undefined)) {
      throw new UsageError('give one FILE.json (or -) or --historical ID');
    }
    let doc: UnDocument;
    if (file !== undefined) doc = await readDocument(file, io);
    else {
      const held = historicalDocuments().get(parsed.values.historical!);
      if (!held) throw new UsageError(`no historical document "${parsed.values.historical}" (try: council document list)`);
      doc = held;
    }
    const output =
      format === 'pdf'
        ? await (await import('../../records/documents/pdf.js')).documentToPdf(doc)
        : format === 'html'
          ? documentToHtml(doc)
          : JSON.stringify(layoutDocument(doc), null, 2) + '\n';
    if (parsed.values.out) {
      await writeWhole(parsed.values.out, output);
      io.err(`wrote ${parsed.values.out}\n`);
    } else io.out(typeof output === 'string' ? output : output.toString('latin1'));
    return 0;
  },
};
