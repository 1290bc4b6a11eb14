/**
 * The subscriber list every store shares. Listeners run after a commit, so a listener
 * that throws must not turn an acknowledged append into a failure: its error is
 * reported as a process warning and the other listeners still run.
 */
export type AppendListener = (sessionId: string, version: number) => void;

export class Listeners {
  private readonly listeners = new Set<AppendListener>();

  add(listener: AppendListener): () => void {
    // Wrap so the same function subscribed twice is called twice and unsubscribes independently.
    const entry: AppendListener = (sessionId, version) => listener(sessionId, version);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  emit(sessionId: string, version: number): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(sessionId, version);
      } catch (error) {
        process.emitWarning(`event store listener threw: ${error instanceof Error ? error.message : String(error)}`, {
          code: 'COUNCIL_STORE_LISTENER',
        });
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
