/**
 * Bad Wi-Fi: the board's WebSocket is cut in the middle of a vote and a reconnection
 * attempt fails; ballots cast meanwhile appear once it is back, because it resumes from the
 * last event version it holds (`/ws?after=N`), and the status says what is going on.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, WebSocketRoute } from 'playwright-core';
import { browserUnavailable, launchBrowser, startApp, type RunningApp } from './harness.js';
import { postJson, readEvents, waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe('reconnecting after a dropped connection, in Chromium', { skip: skip ?? false, timeout: 120_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 950 } });
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  test('the board resumes from the version it holds and misses nothing', async () => {
    const created = await postJson(`${app.url}/api/sessions`, { date: '2017-12-11', title: 'Reconnection drill' });
    assert.equal(created.status, 201);
    const { sessionId, chair, delegations } = created.body as {
      sessionId: string;
      chair: { token: string };
      delegations: { code: string; joinCode: string }[];
    };
    const commands = `${app.url}/api/sessions/${sessionId}/commands`;
    const asChair = (id: string, body: Record<string, unknown>) => postJson(commands, { id, ...body }, chair.token);
    assert.equal((await asChair('open', { type: 'open-meeting' })).status, 200);
    assert.equal((await asChair('agenda', { type: 'propose-agenda', items: [{ title: 'Drill' }] })).status, 200);
    const vote = await asChair('vote', { type: 'open-vote', voteId: 'v1', question: 'Adoption of the agenda', subject: { kind: 'agenda' }, matter: 'procedural' });
    assert.equal(vote.status, 200);
    const tokens = new Map<string, string>();
    for (const d of delegations) tokens.set(d.code, (await postJson(`${app.url}/api/join`, { joinCode: d.joinCode })).body.token);
    const cast = (code: string, ballot: string) => postJson(commands, { id: `b-${code}`, type: 'cast-ballot', ballot }, tokens.get(code));

    // Every WebSocket the page opens goes through here; the second attempt is refused.
    const urls: string[] = [];
    let current: WebSocketRoute | null = null;
    const page = await context.newPage();
    await page.routeWebSocket(/\/ws\?/, (ws) => {
      urls.push(ws.url());
      if (urls.length === 2) {
        void ws.close({ code: 1011, reason: 'drill: still down' });
        return;
      }
      ws.connectToServer();
      current = ws;
    });
    await page.goto(`${app.url}/board/${sessionId}`);
    await waitLive(page);
    assert.equal((await cast('FRA', 'yes')).status, 200);
    await page.getByTestId('tally').getByText('Yes: 1', { exact: true }).waitFor();
    const held = (await readEvents(app.url, sessionId)).at(-1)!.version;

    await current!.close({ code: 1001, reason: 'drill: Wi-Fi gone' });
    await page.locator('[data-testid="connection"][data-status="reconnecting"]').waitFor();
    for (const code of ['GBR', 'USA', 'JPN']) assert.equal((await cast(code, 'yes')).status, 200);
    assert.equal((await cast('CHN', 'no')).status, 200);

    await waitLive(page);
    await page.getByTestId('tally').getByText('Yes: 4', { exact: true }).waitFor();
    await page.getByTestId('tally').getByText('No: 1', { exact: true }).waitFor();
    assert.equal(urls.length, 3, 'one refused attempt, then a good one');
    assert.equal(new URL(urls[0]!).searchParams.get('after'), '0');
    assert.equal(Number(new URL(urls[2]!).searchParams.get('after')), held, 'resumes after the last version it held');
    // The seats agree with the server: nothing doubled, nothing lost.
    const seats = await page.locator('.horseshoe .seat').evaluateAll((s) =>
      Object.fromEntries(s.map((e) => [e.getAttribute('data-code'), e.getAttribute('data-mark')])),
    );
    assert.deepEqual(
      Object.entries(seats).filter(([, m]) => m !== 'ballot.pending').sort(),
      [['CHN', 'ballot.no'], ['FRA', 'ballot.yes'], ['GBR', 'ballot.yes'], ['JPN', 'ballot.yes'], ['USA', 'ballot.yes']],
    );
  });
});
