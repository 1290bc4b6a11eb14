/**
 * The load generator: WebSocket clients (15 delegations + 1 board per session) casting
 * ballots, measuring ballot -> board-update latency, throughput and losses. It knows the
 * protocol only (docs/protocol.md), so it drives the real server and the bare yardstick
 * identically.
 */
import WebSocket from 'ws';
import { summarize, type LatencySummary } from './stats.js';

export interface BenchDelegation {
  code: string;
  token: string;
}

export interface BenchSession {
  sessionId: string;
  /** Version the session is at before the ballots start (WebSockets resume from it). */
  version: number;
  delegations: BenchDelegation[];
}

const BALLOTS = ['yes', 'no', 'abstain'] as const;

interface Client {
  ws: WebSocket;
  session: number;
  code: string;
  token: string;
  inflight: { id: string; ballot: string; sentAt: number } | null;
  lastAcked: string | null;
  nextBallot: number;
}

export interface PhaseResult {
  sent: number;
  acked: number;
  refused: number;
  /** Acknowledged ballots that never reached their session's board. */
  missingOnBoard: number;
  seconds: number;
  ballotsPerSecond: number;
  board: LatencySummary;
  ack: LatencySummary;
  /** Mean size of the event frames boards received. */
  meanFrameBytes: number;
}

export class LoadGenerator {
  private clients: Client[] = [];
  private boards: WebSocket[] = [];
  private seq = 0;
  private readonly sentAt = new Map<string, number>();
  private readonly awaitingBoard = new Set<string>();
  /** Acknowledged to their delegation, not yet seen on the board. */
  private readonly ackedNotOnBoard = new Set<string>();
  private boardSamples: number[] = [];
  private ackSamples: number[] = [];
  private acked = 0;
  private refused = 0;
  private frameBytes = 0;
  private frames = 0;
  private closedLoop = false;
  /** Every acknowledged command id, per session (for the loss check). */
  readonly ackedIds: Set<string>[] = [];

  constructor(
    private readonly wsBase: string,
    private readonly sessions: BenchSession[],
  ) {}

  get socketCount(): number {
    return this.clients.length + this.boards.length;
  }

  /** Open every socket, `concurrency` handshakes at a time. */
  async connect(concurrency = 200): Promise<void> {
    const jobs: (() => Promise<void>)[] = [];
    this.sessions.forEach((s, index) => {
      this.ackedIds[index] = new Set();
      const url = `${this.wsBase}/ws?session=${encodeURIComponent(s.sessionId)}&after=${s.version}`;
      jobs.push(async () => {
        const ws = await open(url);
        ws.on('message', (data) => this.onBoardMessage(data.toString()));
        this.boards.push(ws);
      });
      for (const d of s.delegations) {
        jobs.push(async () => {
          const ws = await open(url);
          const client: Client = {
            ws,
            session: index,
            code: d.code,
            token: d.token,
            inflight: null,
            lastAcked: null,
            nextBallot: this.seq++ % 3,
          };
          ws.on('message', (data: Buffer) => {
            // Delegations receive the whole fan-out but only read their results: peek at
            // '{"type":"r…' rather than decoding every frame.
            if (data[9] === 0x72) this.onClientMessage(client, data.toString());
          });
          this.clients.push(client);
        });
      }
    });
    await runPool(jobs, concurrency);
  }

  /** Open loop: `rate` ballots a second from idle delegations, for `seconds`. */
  async openLoop(rate: number, seconds: number): Promise<PhaseResult> {
    this.resetCounters();
    const start = performance.now();
    const tickMs = 10;
    let due = 0;
    let sent = 0;
    let cursor = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const elapsed = performance.now() - start;
        if (elapsed >= seconds * 1000) {
          clearInterval(timer);
          resolve();
          return;
        }
        due = Math.floor((elapsed / 1000) * rate) - sent;
        for (let tried = 0; due > 0 && tried < this.clients.length; tried++) {
          const client = this.clients[(cursor = (cursor + 7919) % this.clients.length)]!;
          if (client.inflight) continue;
          this.cast(client);
          sent++;
          due--;
        }
      }, tickMs);
    });
    return this.finish(sent, start);
  }

  /** Closed loop: every delegation keeps one ballot in flight for `seconds` (saturation). */
  async closedLoopRun(seconds: number): Promise<PhaseResult> {
    this.resetCounters();
    const start = performance.now();
    this.closedLoop = true;
    const before = this.seq;
    for (const client of this.clients) if (!client.inflight) this.cast(client);
    await sleep(seconds * 1000);
    this.closedLoop = false;
    const windowAcked = this.acked;
    const elapsed = (performance.now() - start) / 1000;
    const result = await this.finish(this.seq - before, start);
    // Throughput counts only what was acknowledged inside the window.
    return { ...result, seconds: elapsed, ballotsPerSecond: windowAcked / elapsed };
  }

  /**
   * What each delegation's ballot in the final state may be, per session: its last
   * acknowledged ballot, or — if a later one is still unanswered — that one.
   */
  expectedBallots(): Map<number, Map<string, string[]>> {
    const bySession = new Map<number, Map<string, string[]>>();
    for (const c of this.clients) {
      if (c.lastAcked === null) continue;
      let m = bySession.get(c.session);
      if (!m) bySession.set(c.session, (m = new Map()));
      m.set(c.code, c.inflight ? [c.lastAcked, c.inflight.ballot] : [c.lastAcked]);
    }
    return bySession;
  }

  /** Ballots sent but not answered yet. */
  get unanswered(): number {
    return this.clients.reduce((n, c) => n + (c.inflight ? 1 : 0), 0);
  }

  async close(): Promise<void> {
    const all = [...this.clients.map((c) => c.ws), ...this.boards];
    await Promise.all(
      all.map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === WebSocket.CLOSED) return resolve();
            ws.once('close', () => resolve());
            ws.terminate();
          }),
      ),
    );
  }

  private cast(client: Client): void {
    const id = `b${this.seq++}`;
    const ballot = BALLOTS[client.nextBallot++ % 3]!;
    const sentAt = performance.now();
    client.inflight = { id, ballot, sentAt };
    this.sentAt.set(id, sentAt);
    this.awaitingBoard.add(id);
    client.ws.send(JSON.stringify({ type: 'command', token: client.token, command: { id, type: 'cast-ballot', ballot } }));
  }

  private onClientMessage(client: Client, text: string): void {
    if (!text.startsWith('{"type":"result"')) return;
    const result = JSON.parse(text) as { id: string; ok: boolean };
    const inflight = client.inflight;
    if (!inflight || inflight.id !== result.id) return;
    client.inflight = null;
    if (result.ok) {
      this.acked++;
      client.lastAcked = inflight.ballot;
      this.ackedIds[client.session]!.add(inflight.id);
      if (this.awaitingBoard.has(inflight.id)) this.ackedNotOnBoard.add(inflight.id);
      this.ackSamples.push(performance.now() - inflight.sentAt);
    } else {
      this.refused++;
      this.awaitingBoard.delete(inflight.id);
    }
    if (this.closedLoop) this.cast(client);
  }

  private onBoardMessage(text: string): void {
    if (!text.startsWith('{"type":"events"')) return;
    const now = performance.now();
    this.frameBytes += text.length;
    this.frames++;
    const message = JSON.parse(text) as { events: { commandId: string | null }[] };
    for (const event of message.events) {
      const id = event.commandId;
      if (id === null || !this.awaitingBoard.delete(id)) continue;
      this.ackedNotOnBoard.delete(id);
      const sentAt = this.sentAt.get(id);
      if (sentAt !== undefined) this.boardSamples.push(now - sentAt);
    }
  }

  private resetCounters(): void {
    this.boardSamples = [];
    this.ackSamples = [];
    this.acked = 0;
    this.refused = 0;
    this.frameBytes = 0;
    this.frames = 0;
    this.sentAt.clear();
    this.awaitingBoard.clear();
    this.ackedNotOnBoard.clear();
  }

  /** Wait (bounded) until every ballot is answered and seen by its board, then summarise. */
  private async finish(sent: number, start: number): Promise<PhaseResult> {
    const drainUntil = performance.now() + 60_000;
    while (performance.now() < drainUntil && (this.clients.some((c) => c.inflight) || this.awaitingBoardAcked() > 0)) {
      await sleep(20);
    }
    const seconds = (performance.now() - start) / 1000;
    return {
      sent,
      acked: this.acked,
      refused: this.refused,
      missingOnBoard: this.awaitingBoardAcked(),
      seconds,
      ballotsPerSecond: this.acked / seconds,
      board: summarize(this.boardSamples),
      ack: summarize(this.ackSamples),
      meanFrameBytes: this.frames ? this.frameBytes / this.frames : 0,
    };
  }

  /** Ballots acknowledged to their delegation but not yet on the board. */
  private awaitingBoardAcked(): number {
    return this.ackedNotOnBoard.size;
  }
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    // The server's frames are trusted here: skip per-frame UTF-8 validation (same for every target).
    const ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export async function runPool(jobs: (() => Promise<void>)[], concurrency: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
