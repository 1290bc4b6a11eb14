import { randomUUID } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { UsageError } from './command.js';

/** Write to a temporary name, then rename: a failed export never leaves half a file. */
export async function writeWhole(file: string, content: string | Buffer): Promise<void> {
  const tmp = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new UsageError(`--out: ${(e as Error).message}`);
  }
}
