/** A test WebSocket client that queues every message, so tests can await the next ones. */
import WebSocket from 'ws';

export interface EventsMessage {
  type: 'events';
  events: { version: number; type: string; commandId: string | null; data: unknown }[];
}

export class TestSocket {
  readonly messages: any[] = [];
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()));
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static open(url: string): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const socket = new TestSocket(ws);
      ws.once('open', () => resolve(socket));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  /** Wait until `predicate` holds over the messages received so far (bounded: fails after 5 s). */
  async until<T>(predicate: (messages: any[]) => T | undefined | false, what: string): Promise<T> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = predicate(this.messages);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.messages).slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Versions of every event received, in order. */
  versions(): number[] {
    return this.messages.filter((m) => m.type === 'events').flatMap((m: EventsMessage) => m.events.map((e) => e.version));
  }

  send(message: unknown): void {
    this.ws.send(JSON.stringify(message));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}
