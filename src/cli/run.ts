import { commands } from './commands/index.js';
import { UsageError, type CliIO } from './command.js';



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
    'Usage: council <command> [options]   (every command takes --json)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'council help <command> shows a command\'s options.',
    '',
  ].join('\n');
}

/** Run one CLI invocation against `io`; resolves to the exit code. Shared by the bin and tests. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] && commands.find((c) => c.name === rest[0]);
    io.out(topic ? topic.usage + '\n' : help());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`council: unknown command "${name}" (try: council help)\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
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

