import { readFileSync } from 'node:fs';
import { commands } from './commands/index.js';
import { UsageError, type CliIO, type CommandSpec } from './command.js';

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'council: the UN Security Council procedure as software',
    '',
    'Usage: council <command> [options]   (every command takes --json and --help)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "council help <command> shows a command's options; council --version its version.",
    '',
  ].join('\n');
}

/** The package's version from package.json, two levels up from src/cli, dist/cli and the bin's dist/bin alike. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** `--help` or `-h` among a command's options (before a `--` that ends them). */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

function find(name: string): CommandSpec | undefined {
  return commands.find((c) => c.name === name);
}

/** Run one CLI invocation against `io`; resolves to the exit code. Shared by the bin and tests. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.out(`${version()}\n`);
    return 0;
  }
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] === undefined ? undefined : find(rest[0]);
    io.out(topic ? topic.usage + '\n' : help());
    return 0;
  }
  const command = find(name);
  if (!command) {
    io.err(`council: unknown command "${name}" (try: council help)\n`);
    return 2;
  }
  if (asksForHelp(rest)) {
    io.out(command.usage + '\n');
    return 0;
  }
  try {
    return await (await command.load()).run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`council ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    // An unexpected failure is still one line; COUNCIL_DEBUG=1 shows the stack.
    const message = e instanceof Error ? e.message : String(e);
    io.err(`council ${name}: internal error: ${message}\n`);
    if (process.env.COUNCIL_DEBUG) io.err(String((e as Error)?.stack) + '\n');
    return 1;
  }
}
