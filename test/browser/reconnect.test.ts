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
    const vote = await asChair('vote', {
      type: 'open-vote',
      voteId: 'v1',
      question: 'Adoption of the agenda',
      subject: { kind: 'agenda' },
      matter: 'procedural',
    });
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
    const seats = await page
      .locator('.horseshoe .seat')
      .evaluateAll((s) => Object.fromEntries(s.map((e) => [e.getAttribute('data-code'), e.getAttribute('data-mark')])));
    assert.deepEqual(
      Object.entries(seats)
        .filter(([, m]) => m !== 'ballot.pending')
        .sort(),
      [
        ['CHN', 'ballot.no'],
        ['FRA', 'ballot.yes'],
        ['GBR', 'ballot.yes'],
        ['JPN', 'ballot.yes'],
        ['USA', 'ballot.yes'],
      ],
    );
  });

  test('a ballot whose sending fails is retried with the same command id and counted once', async () => {
    const created = await postJson(`${app.url}/api/sessions`, { date: '2017-12-11', title: 'Flaky Wi-Fi' });
    const { sessionId, chair, delegations } = created.body as {
      sessionId: string;
      chair: { token: string };
      delegations: { code: string; url: string }[];
    };
    const commands = `${app.url}/api/sessions/${sessionId}/commands`;
    for (const [id, body] of [
      ['open', { type: 'open-meeting' }],
      ['agenda', { type: 'propose-agenda', items: [{ title: 'Drill' }] }],
      ['vote', { type: 'open-vote', voteId: 'v1', question: 'Adoption of the agenda', subject: { kind: 'agenda' }, matter: 'procedural' }],
    ] as const) {
      assert.equal((await postJson(commands, { id, ...body }, chair.token)).status, 200);
    }
    const page = await context.newPage();
    await page.goto(`${app.url}${delegations.find((d) => d.code === 'SWE')!.url}`);
    await page.waitForURL(/\/d\//);
    await waitLive(page);

    // The first two attempts die on the way; the third gets through.
    const ids: string[] = [];
    await page.route('**/api/sessions/*/commands', async (route) => {
      ids.push(JSON.parse(route.request().postData() ?? '{}').id);
      if (ids.length <= 2) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.locator('button[data-ballot="yes"]').click();
    await page.locator('[data-testid="my-ballot"][data-ballot="yes"]').waitFor();
    assert.equal(ids.length, 3);
    assert.equal(new Set(ids).size, 1, 'every attempt carries the same command id');
    const swedish = (await readEvents(app.url, sessionId)).filter((e) => e.type === 'ballot-cast.v1' && e.data.member === 'SWE');
    assert.equal(swedish.length, 1);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), `council.pending.${sessionId}.SWE.ballot`), null);
  });
});
