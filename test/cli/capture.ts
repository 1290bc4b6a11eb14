import type { CliIO } from '../../src/cli/command.js';

/** A CliIO that keeps what a command prints, for in-process CLI tests. */
export function capture(stdin = ''): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
    readStdin: async () => stdin,
  };
  return io;
}
