/**
 * Prepares N real sessions on a running `council serve` through its public HTTP API,
 * as a chair and fifteen delegations would: create, join every delegation, open the
 * meeting, propose the agenda and open the vote on it.
 */
import type { BenchSession } from './load.js';
import { runPool } from './load.js';

interface Created {
  sessionId: string;
  chair: { token: string };
  delegations: { code: string; joinCode: string }[];
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

export async function setUpCouncilSessions(base: string, count: number): Promise<BenchSession[]> {
  const sessions: BenchSession[] = new Array(count);
  const jobs = Array.from({ length: count }, (_, i) => async () => {
    const created = await post<Created>(base, '/api/sessions', { date: '2017-12-11', title: `Benchmark meeting ${i + 1}` });
    const delegations = [];
    for (const d of created.delegations) {
      const joined = await post<{ code: string; token: string }>(base, '/api/join', { joinCode: d.joinCode });
      delegations.push({ code: joined.code, token: joined.token });
    }
    const chair = (id: string, command: object) =>
      post(base, `/api/sessions/${created.sessionId}/commands`, { id, ...command }, created.chair.token);
    await chair('open', { type: 'open-meeting' });
    await chair('agenda', { type: 'propose-agenda', items: [{ title: "The situation in the Democratic People's Republic of Korea" }] });
    await chair('vote', {
      type: 'open-vote',
      voteId: 'agenda',
      question: 'Adoption of the provisional agenda',
      subject: { kind: 'agenda' },
    });
    sessions[i] = { sessionId: created.sessionId, version: 4, delegations };
  });
  await runPool(jobs, 32);
  return sessions;
}

/**
 * Ballots lost: acknowledged ballots missing from the session's event log, plus
 * delegations whose ballot in the final state is neither their last acknowledged one nor
 * one still unanswered (the server may still be working through a backlog).
 */
export async function countLostBallots(
  base: string,
  sessions: BenchSession[],
  ackedIds: Set<string>[],
  expected: Map<number, Map<string, string[]>>,
): Promise<{ lost: number; checked: number }> {
  let lost = 0;
  let checked = 0;
  const jobs = sessions.map((s, i) => async () => {
    const events = (await (await fetch(`${base}/api/sessions/${s.sessionId}/events?after=0`)).json()) as {
      events: { commandId: string | null }[];
    };
    const logged = new Set(events.events.map((e) => e.commandId));
    for (const id of ackedIds[i] ?? []) {
      checked++;
      if (!logged.has(id)) lost++;
    }
    const view = (await (await fetch(`${base}/api/sessions/${s.sessionId}`)).json()) as {
      state: { openVote: { ballots: Record<string, string> } | null };
    };
    for (const [code, allowed] of expected.get(i) ?? []) {
      if (!allowed.includes(view.state.openVote?.ballots[code] ?? '')) lost++;
    }
  });
  await runPool(jobs, 16);
  return { lost, checked };
}
