/**
 * Send a command over HTTP, retrying on network failure or a server hiccup with the
 * same command id: the server applies an id at most once, so a ballot retried after a
 * dropped connection is counted once (protocol: "a retried id returns the original result").
 */
import { api } from '../api/client.js';
import type { ApiResult, ClientCommand, CommandResult } from '../api/types.js';
import { pending, savePending } from '../session/credentials.js';

const RETRYABLE = (status: number) => status === 0 || status === 429 || status >= 500;

export interface SendOptions {
  /** Keep the command in localStorage under this key until it is answered. */
  pendingKey?: string;
  attempts?: number;
}

export async function sendCommand(
  sessionId: string,
  token: string,
  command: ClientCommand,
  options: SendOptions = {},
): Promise<ApiResult<CommandResult>> {
  const attempts = options.attempts ?? 6;
  if (options.pendingKey) savePending(options.pendingKey, command);
  let result: ApiResult<CommandResult> = {
    ok: false,
    error: { code: 'network', message: 'Not sent.', status: 0 },
  };
  for (let attempt = 0; attempt < attempts; attempt++) {
    // A newer command took this slot (the delegation changed its mind): retrying the old
    // one could land after the new one and undo it.
    if (attempt > 0 && options.pendingKey && pending<ClientCommand>(options.pendingKey)?.id !== command.id) {
      return { ok: false, error: { code: 'superseded', message: '', status: 0 } };
    }
    result = await api.command(sessionId, token, command);
    if (result.ok || !RETRYABLE(result.error.status)) break;
    await sleep(Math.min(8000, 400 * 2 ** attempt));
  }
  // Only a definite answer clears the pending copy; a still-failing network keeps it for the next load.
  const key = options.pendingKey;
  if (key && (result.ok || !RETRYABLE(result.error.status)) && pending<ClientCommand>(key)?.id === command.id) savePending(key, null);
  return result;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
