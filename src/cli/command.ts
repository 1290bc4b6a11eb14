/**
 * The shape of a `council` sub-command. Commands print through `io` (so tests can run
 * them in-process) and report bad input by throwing UsageError: main turns it into one
 * line on stderr and exit code 2, never a stack trace.
 */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whole standard input, for `-` arguments. */
  readStdin(): Promise<string>;
}

/** What a command module exports: the implementation, loaded only when the command runs. */
export interface CommandModule {
  run(argv: string[], io: CliIO): Promise<number>;
}

/** A registry entry (commands/index.ts): everything help needs, and how to load the rest. */
export interface CommandSpec {
  name: string;
  /** One line for `council help`. */
  summary: string;
  /** Usage lines shown by `council help NAME` and `council NAME --help`. */
  usage: string;
  load(): Promise<CommandModule>;
}

/** Bad input from the user: exit 2, one clear line. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Print a value as the command's --json output: one JSON document on stdout, nothing else. */
export function printJson(io: CliIO, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n');
}
