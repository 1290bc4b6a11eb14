/**
 * The Assembly's recorded vote at full size (issue 9): one General Assembly session of 193
 * delegations, each on its own WebSocket, plus the projector board's; all 193 ballots are sent
 * within one second (evenly spaced), and the board's time to show them all is measured: from the
 * first ballot sent, and from the last one sent. The same clients run against the bare `ws`
 * broadcast server (no engine, no store) as the yardstick.
 */
import WebSocket from 'ws';
import { runPool, sleep } from './load.js';

interface Created {
  sessionId: string;
  chair: { token: string };
  delegations: { code: string; joinCode: string }[];
}

export interface AssemblySetup {
  sessionId: string;
  version: number;
  delegations: { code: string; token: string }[];
}

export interface AssemblyResult {
  ballots: number;
  /** First ballot sent -> every ballot on the board. */
  firstToComplete: number;
  /** Last ballot sent -> every ballot on the board. */
  lastToComplete: number;
  /** How long sending took (the spread: about one second). */
  sendSpan: number;
  seenOnBoard: number;
  /** Each ballot's own time from sending to the board, median and worst. */
  perBallotP50: number;
  perBallotMax: number;
}

async function post<T>(base: string, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}

/** A plenary of 18 Dec 2014 (193 Members), every delegation joined, the meeting open and a vote open. */
export async function setUpAssemblyVote(base: string): Promise<AssemblySetup> {
  const created = await post<Created>(base, '/api/sessions', {
    body: 'general-assembly',
    date: '2014-12-18',
    title: 'Benchmark: a recorded vote of 193',
  });
  const delegations: { code: string; token: string }[] = new Array(created.delegations.length);
  await runPool(
    created.delegations.map((d, i) => async () => {
      const joined = await post<{ token: string }>(base, '/api/join', { joinCode: d.joinCode });
      delegations[i] = { code: d.code, token: joined.token };
    }),
    20,
  );
  const chair = created.chair.token;
  const command = (c: object, i: number) =>
    post<{ version: number }>(base, `/api/sessions/${created.sessionId}/commands`, { id: `bench-${i}`, ...c }, chair);
  await command({ type: 'open-meeting' }, 1);
  const opened = await command(
    { type: 'open-vote', voteId: 'rv', question: 'Recorded vote', subject: { kind: 'other' }, majority: 'simple' },
    2,
  );
  return { sessionId: created.sessionId, version: opened.version, delegations };
}

/** The bare server's equivalent: one session id, 193 made-up delegations. */
export function bareAssembly(): AssemblySetup {
  return {
    sessionId: 'assembly',
    version: 1,
    delegations: Array.from({ length: 193 }, (_, i) => ({ code: `D${i}`, token: 'x'.repeat(43) })),
  };
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** Send every ballot within `spreadMs` and time the board until it has seen them all. */
export async function measureAssemblyVote(wsBase: string, s: AssemblySetup, spreadMs = 1000): Promise<AssemblyResult> {
  const url = `${wsBase}/ws?session=${encodeURIComponent(s.sessionId)}&after=${s.version}`;
  const board = await open(url);
  const sockets: WebSocket[] = new Array(s.delegations.length);
  await runPool(
    s.delegations.map((_, i) => async () => void (sockets[i] = await open(url))),
    50,
  );
  await sleep(200); // let the connections settle before the clock starts
  const seen = new Set<string>();
  const total = s.delegations.length;
  const index = new Map(s.delegations.map((d, i) => [d.code, i]));
  const sentAt: number[] = new Array(total).fill(0);
  const latencies: number[] = [];
  let firstSent = 0;
  let lastSent = 0;
  const complete = new Promise<number>((resolve) => {
    board.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; events?: { type: string; data: { member?: string } }[] };
      if (message.type !== 'events') return;
      const now = performance.now();
      for (const e of message.events ?? []) {
        if (e.type !== 'ballot-cast.v1' || !e.data.member) continue;
        // The bare server names every member "XXX": its events arrive in sending order, so count them.
        const i = e.data.member === 'XXX' ? seen.size : index.get(e.data.member);
        if (i === undefined) continue;
        seen.add(e.data.member === 'XXX' ? `n${i}` : e.data.member);
        latencies.push(now - sentAt[i]!);
      }
      if (seen.size >= total) resolve(now);
    });
  });
  const step = spreadMs / total; // 0: a burst, every ballot at once
  firstSent = performance.now();
  for (let i = 0; i < total; i++) {
    const due = firstSent + i * step;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const d = s.delegations[i]!;
    const ballot = i % 5 === 4 ? 'no' : i % 7 === 6 ? 'abstain' : 'yes';
    sentAt[i] = performance.now();
    sockets[i]!.send(JSON.stringify({ type: 'command', token: d.token, command: { id: `rv-${d.code}`, type: 'cast-ballot', ballot } }));
  }
  lastSent = performance.now();
  const done = await Promise.race([complete, sleep(30_000).then(() => NaN)]);
  board.close();
  for (const ws of sockets) ws.close();
  latencies.sort((a, b) => a - b);
  return {
    ballots: total,
    firstToComplete: done - firstSent,
    lastToComplete: done - lastSent,
    sendSpan: lastSent - firstSent,
    seenOnBoard: seen.size,
    perBallotP50: latencies[Math.floor(latencies.length / 2)] ?? NaN,
    perBallotMax: latencies[latencies.length - 1] ?? NaN,
  };
}
