/**
 * `council meeting`: run a meeting through the engine against a durable event store.
 *   new      create a session (members and President from the data layer for the date)
 *   do       apply one command (JSON) and print its events, or the typed refusal (exit 2)
 *   fixture  store a historical fixture as a session (idempotent: command ids are fixed)
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type CliIO, type CommandModule, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import type { CommandError } from '../../protocol/errors.js';
import { findFixture } from '../../sessions/fixtures/index.js';
import { SessionService, type ExecuteResult } from '../../sessions/service.js';
import { DEFAULT_STORE_URL, withStore } from '../session-events.js';
import type { Result } from '../../rules/result.js';
import { publicSource } from '../../records/public-source.js';

function report(io: CliIO, result: Result<ExecuteResult, CommandError>, json: boolean, lead?: string): number {
  if (!result.ok) {
    if (json) {
      printJson(io, { error: result.error });
      return 2;
    }
    // The rule as readers see it: the spec's cross-references stay out of the line (publicSource).
    const rule = result.error.rule ? publicSource(result.error.rule) : '';
    throw new UsageError(`${result.error.code}: ${result.error.message}${rule ? ` (${rule})` : ''}`);
  }
  const { sessionId, version, events, duplicate } = result.value;
  if (json) {
    printJson(io, { sessionId, version, duplicate, events: events.map((e) => ({ version: e.version, type: e.type, data: e.data })) });
    return 0;
  }
  const out = [lead ?? `${sessionId} at version ${version}${duplicate ? ' (already applied: nothing new written)' : ''}`];
  for (const e of events) out.push(`  ${e.version}  ${e.type}  ${JSON.stringify(e.data)}`);
  if (events.length === 0) out.push('  (no change)');
  io.out(out.join('\n') + '\n');
  return 0;
}

async function newMeeting(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    {
      date: { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      body: { type: 'string' },
      item: { type: 'string' },
      'meeting-number': { type: 'string' },
      president: { type: 'string' },
      convener: { type: 'string', multiple: true },
      id: { type: 'string' },
      database: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!values.date) throw new UsageError('missing --date YYYY-MM-DD');
  const item = values.item as string | undefined;
  const number = values['meeting-number'] as string | undefined;
  if (number !== undefined && !/^\d+$/.test(number)) throw new UsageError('--meeting-number: a positive whole number');
  const command = {
    id: `create-${randomUUID()}`,
    actor: { role: 'chair' },
    type: 'create-session',
    ...(values.id ? { sessionId: values.id } : {}),
    body: values.body ?? 'security-council',
    format: values.format ?? 'public',
    date: values.date,
    title: values.title ?? item ?? 'Meeting of the Security Council',
    ...(item ? { item } : {}),
    ...(number ? { meetingNumber: Number(number) } : {}),
    ...(values.president ? { president: values.president } : {}),
    ...(values.convener ? { conveners: values.convener } : {}),
  };
  const json = Boolean(values.json);
  return withStore(String(values.database ?? DEFAULT_STORE_URL), async (store) => {
    const result = await new SessionService(store).create(command);
    return report(io, result, json, result.ok ? `${result.value.sessionId}` : undefined);
  });
}

async function readCommand(source: string | undefined, file: string | undefined, io: CliIO): Promise<unknown> {
  if (source !== undefined && file !== undefined) throw new UsageError('give the command JSON or --file, not both');
  let text: string;
  if (file !== undefined)
    text = await readFile(file, 'utf8').catch((e: Error) => {
      throw new UsageError(`--file: ${e.message}`);
    });
  else if (source === '-') text = await io.readStdin();
  else if (source !== undefined) text = source;
  else throw new UsageError("missing the command: '<JSON>', --file FILE or - for standard input");
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError('the command is not valid JSON');
  }
}

async function doCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    { file: { type: 'string' }, as: { type: 'string' }, database: { type: 'string' }, json: { type: 'boolean' } },
    true,
  );
  const [sessionId, source, extra] = positionals;
  if (!sessionId || extra !== undefined) throw new UsageError("usage: council meeting do <session-id> '<command JSON>'");
  const input = await readCommand(source, values.file as string | undefined, io);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new UsageError('the command must be a JSON object');
  const as = String(values.as ?? 'chair');
  if (as !== 'chair' && !/^[A-Z]{3}$/.test(as)) throw new UsageError('--as: chair or a three-letter state code such as USA');
  const command = {
    id: `cli-${randomUUID()}`,
    actor: as === 'chair' ? { role: 'chair' } : { role: 'delegation', code: as },
    ...(input as Record<string, unknown>),
  };
  const json = Boolean(values.json);
  return withStore(String(values.database ?? DEFAULT_STORE_URL), async (store) =>
    report(io, await new SessionService(store).execute(sessionId, command), json),
  );
}

async function storeFixture(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, { database: { type: 'string' }, json: { type: 'boolean' } }, true);
  const [id, extra] = positionals;
  if (!id || extra !== undefined) throw new UsageError('usage: council meeting fixture <fixture-id> (see council sessions)');
  const fixture = findFixture(id);
  if (!fixture) throw new UsageError(`no fixture "${id}" (see council sessions)`);
  return withStore(String(values.database ?? DEFAULT_STORE_URL), async (store) => {
    const service = new SessionService(store);
    const [create, ...rest] = fixture.commands;
    const first = await service.create(create);
    if (!first.ok) throw new UsageError(`${first.error.code}: ${first.error.message}`);
    let version = first.value.version;
    for (const [i, command] of rest.entries()) {
      const r = await service.execute(first.value.sessionId, command);
      if (!r.ok) throw new UsageError(`step ${i + 2}: ${r.error.code}: ${r.error.message}`);
      version = r.value.version;
    }
    if (values.json) printJson(io, { sessionId: first.value.sessionId, version, commands: fixture.commands.length });
    else io.out(`${first.value.sessionId} stored at version ${version} (${fixture.commands.length} commands)\n`);
    return 0;
  });
}

export const meetingCommand: CommandModule = {
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const run = async () => {
      if (sub === 'new') return newMeeting(rest, io);
      if (sub === 'do') return doCommand(rest, io);
      if (sub === 'fixture') return storeFixture(rest, io);
      throw new UsageError(sub ? `unknown sub-command "${sub}" (new, do or fixture)` : 'missing sub-command: new, do or fixture');
    };
    try {
      return await run();
    } catch (e) {
      if (e instanceof UsageError) throw e;
      // Store failures (bad URL, unreachable database) are the user's to fix: one line, exit 2.
      if (e instanceof Error && e.name === 'StoreError') throw new UsageError(e.message);
      throw e;
    }
  },
};
