/** Run test/store/fixtures/writer.ts as a real child process and read its stdout line by line. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRITER = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));

export class Writer {
  readonly process: ChildProcess;
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private stderr = '';
  private waiters: { predicate: (line: string) => boolean; resolve: (line: string) => void }[] = [];

  constructor(args: string[]) {
    this.process = spawn(process.execPath, ['--import', 'tsx', WRITER, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    createInterface({ input: this.process.stdout! }).on('line', (line) => {
      this.lines.push(line);
      this.waiters = this.waiters.filter((w) => (w.predicate(line) ? (w.resolve(line), false) : true));
    });
    this.process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.process.once('exit', (code, signal) => resolve({ code, signal })));
    // A writer that dies early must fail the test with its stderr rather than leave it waiting.
    void this.exited.then(({ code, signal }) => {
      if (signal === 'SIGKILL') return;
      if (code !== 0) for (const w of this.waiters) w.resolve(`exit ${code}: ${this.stderr}`);
    });
  }

  /** The first line (already printed or yet to come) matching `predicate`. */
  next(predicate: (line: string) => boolean): Promise<string> {
    const seen = this.lines.find(predicate);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  /** Resolves with the n-th line matching `predicate`. */
  nth(n: number, predicate: (line: string) => boolean): Promise<string> {
    let count = 0;
    return this.next((line) => predicate(line) && ++count === n);
  }

  go(): void {
    this.process.stdin!.write('go\n');
  }

  async kill9(): Promise<void> {
    this.process.kill('SIGKILL');
    await this.exited;
  }

  async finish(): Promise<string[]> {
    const { code } = await this.exited;
    if (code !== 0) throw new Error(`writer exited ${code}: ${this.stderr}`);
    return this.lines;
  }
}
