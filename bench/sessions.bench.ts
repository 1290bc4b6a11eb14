/**
 * Session engine throughput. Builds a realistic long meeting (an open debate: 60 Rule 37
 * invitees, ~100 statements, drafts with amendments, live votes with changed ballots,
 * suspensions) by handling commands, then measures:
 *  - in-memory replay of stored events, goal >= 1M events/s: events read from a store are
 *    untrusted, so each is checked once when read (checkEvent, timed and printed on its own
 *    and together with the fold), then folded without a second check (replayChecked);
 *  - handle + reduce per command (what the server does per request, without storage);
 *  - SessionService over the memory store (commands/s end to end).
 */
import { performance } from 'node:perf_hooks';
import { parseCommand, type CommandInput } from '../src/protocol/commands.js';
import { handle } from '../src/sessions/handle.js';
import { defaultContext } from '../src/sessions/default-context.js';
import type { SessionEvent } from '../src/sessions/events.js';
import { checkEvent } from '../src/protocol/events.js';
import { initialState, reduce, replay, replayChecked } from '../src/sessions/reducer.js';
import { SessionService } from '../src/sessions/service.js';
import { seats } from '../src/sessions/fixtures/script.js';
import { memberStates } from '../src/data/index.js';
import { openMemoryStore } from '../src/store/memory-store.js';

const COUNCIL = ['ARG', 'AUS', 'TCD', 'CHL', 'CHN', 'FRA', 'JOR', 'LTU', 'LUX', 'NGA', 'KOR', 'RUS', 'RWA', 'GBR', 'USA'];

function longMeeting(): CommandInput[] {
  let n = 0;
  const c = (actor: CommandInput['actor'], type: string, p: Record<string, unknown> = {}) =>
    ({ id: `b${++n}`, actor, type, ...p }) as CommandInput;
  const chair = { role: 'chair' } as const;
  const del = (code: string) => ({ role: 'delegation', code }) as const;
  const invitees = memberStates
    .map((s) => s.code)
    .filter((code) => !COUNCIL.includes(code))
    .slice(0, 60);
  const out: CommandInput[] = [
    c(chair, 'create-session', {
      sessionId: 'bench',
      body: 'security-council',
      date: '2014-12-22',
      title: 'Open debate',
      members: seats(COUNCIL, '2014-12-22'),
      president: 'TCD',
    }),
    c(chair, 'open-meeting', { time: '10:00' }),
    c(chair, 'propose-agenda', { items: [{ title: 'Maintenance of international peace and security' }] }),
    c(chair, 'adopt-agenda'),
    ...invitees.map((code) => c(chair, 'propose-invitation', { invitee: code, name: code, rule: '37' })),
    c(chair, 'decide-invitations'),
  ];
  for (const code of [...COUNCIL, ...invitees])
    out.push(c(del(code), 'request-floor'), c(del(code), 'make-statement', { summary: 'A statement.' }));
  for (let d = 1; d <= 5; d++) {
    out.push(c(del('FRA'), 'submit-draft', { draftId: `D${d}`, title: `Draft ${d}`, sponsors: ['FRA'] }));
    out.push(
      c(del('RUS'), 'submit-draft', { draftId: `A${d}`, title: `Amendment ${d}`, sponsors: ['RUS'], amends: `D${d}`, change: 'delete' }),
    );
    for (const target of [`A${d}`, `D${d}`]) {
      out.push(c(chair, 'open-vote', { voteId: `v-${target}`, question: target, subject: { kind: 'draft', draftId: target } }));
      for (const code of COUNCIL) out.push(c(del(code), 'cast-ballot', { ballot: 'abstain' }));
      for (const code of COUNCIL)
        out.push(c(del(code), 'cast-ballot', { ballot: code === 'RUS' && target.startsWith('A') ? 'yes' : 'yes' }));
      out.push(c(del('CHN'), 'cast-ballot', { ballot: 'no' }));
      out.push(c(chair, 'close-vote'));
      out.push(c(del('USA'), 'make-statement', { kind: 'explanation-after-vote' }));
    }
    out.push(c(chair, 'suspend-meeting'), c(chair, 'resume-meeting'));
  }
  out.push(c(chair, 'close-meeting'));
  return out;
}

function build(commands: CommandInput[]): SessionEvent[] {
  let state = initialState;
  const events: SessionEvent[] = [];
  for (const input of commands) {
    const p = parseCommand(input);
    if (!p.ok) throw new Error(p.error.message);
    const r = handle(state, p.value, defaultContext);
    if (!r.ok) throw new Error(`${input.type}: ${r.error.code}: ${r.error.message}`);
    for (const e of r.value) {
      state = reduce(state, e);
      events.push(e);
    }
  }
  return events;
}

/** The long meeting's events, as a store would hand them back. */
export function benchEvents(): SessionEvent[] {
  return JSON.parse(JSON.stringify(build(longMeeting()))) as SessionEvent[];
}

export async function run(): Promise<void> {
  const commands = longMeeting();
  const events = build(commands);
  const stored = JSON.parse(JSON.stringify(events)) as SessionEvent[];

  // Replay: warm up, then seven timed batches; the median resists a busy machine.
  const rounds = 200;
  const median = (work: () => void): { median: number; best: number } => {
    for (let i = 0; i < 100; i++) work();
    const rates: number[] = [];
    for (let batch = 0; batch < 7; batch++) {
      const start = performance.now();
      for (let i = 0; i < rounds; i++) work();
      rates.push((rounds * stored.length) / ((performance.now() - start) / 1000));
    }
    rates.sort((a, b) => a - b);
    return { median: rates[3]!, best: rates[6]! };
  };
  // Checked once as read (what SessionService does with a store's events), then folded.
  const checked = stored.map((e) => checkEvent(e));
  const fold = median(() => replayChecked(checked));
  const check = median(() => {
    for (const e of stored) checkEvent(e);
  });
  const both = median(() => replay(stored));
  let t0 = performance.now();

  // handle + reduce per command (no storage).
  t0 = performance.now();
  const handleRounds = 20;
  for (let i = 0; i < handleRounds; i++) build(commands);
  const handleMs = performance.now() - t0;

  // SessionService over the memory store.
  const service = new SessionService(openMemoryStore());
  t0 = performance.now();
  const [create, ...rest] = commands;
  await service.create(create);
  for (const c of rest) {
    const r = await service.execute('bench', c);
    if (!r.ok) throw new Error(`${c.type}: ${r.error.code}`);
  }
  const serviceMs = performance.now() - t0;

  const f = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`sessions: long meeting = ${commands.length} commands -> ${stored.length} events`);
  console.log(
    `sessions: in-memory replay ${f(fold.median)} events/s median (best ${f(fold.best)}; goal >= 1,000,000), 7 x ${rounds} replays ` +
      'of events checked once when read',
  );
  console.log(`sessions: checking events as read ${f(check.median)} events/s; check and fold together (replay) ${f(both.median)} events/s`);
  console.log(`sessions: handle+reduce ${f((handleRounds * commands.length) / (handleMs / 1000))} commands/s (no storage)`);
  console.log(`sessions: SessionService + memory store ${f(commands.length / (serviceMs / 1000))} commands/s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
