/**
 * Sending commands from a page: one at a time per page, with the last refusal kept for
 * display. The command id is made once per user action and reused on every retry.
 */
import { useCallback, useState } from 'react';
import { newCommandId } from '../api/client.js';
import type { ApiError, ApiResult, CommandResult } from '../api/types.js';
import { sendCommand } from './sendCommand.js';

export interface Commands {
  send(type: string, payload?: Record<string, unknown>, pendingKey?: string): Promise<ApiResult<CommandResult>>;
  busy: boolean;
  error: ApiError | null;
  clearError(): void;
}

export function useCommands(sessionId: string, token: string | null): Commands {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const send = useCallback(
    async (type: string, payload: Record<string, unknown> = {}, pendingKey?: string) => {
      if (!token) {
        const missing: ApiError = { code: 'no-token', message: '', status: 401 };
        setError(missing);
        return { ok: false as const, error: missing };
      }
      setBusy(true);
      setError(null);
      const command = { ...payload, id: newCommandId(), type };
      const result = await sendCommand(sessionId, token, command, pendingKey ? { pendingKey } : {});
      setBusy(false);
      if (!result.ok && result.error.code !== 'superseded') setError(result.error);
      return result;
    },
    [sessionId, token],
  );
  return { send, busy, error, clearError: () => setError(null) };
}
