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

/** Run the CLI in process with `stdin`; what it printed and its exit code. */
export async function runCaptured(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const { runCli } = await import('../../src/cli/run.js');
  const io = capture(stdin);
  const code = await runCli(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}
