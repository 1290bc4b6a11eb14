/**
 * A whole meeting in real browsers: the President and the fifteen delegations of
 * 11 December 2017, each in its own browser context, hold the agenda vote on the DPRK
 * item (spec T4: 10-3-2, procedural, adopted), watched on the public board.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible, postJson, readEvents, storedIdentity, waitLive } from './helpers.js';
import { BALLOTS_2017_12_11 } from '../dprk-2017-ballots.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

const T4 = BALLOTS_2017_12_11;
const PHONE = { width: 390, height: 844 };

describe('the 11 Dec 2017 DPRK agenda vote, in Chromium', { skip: skip ?? false, timeout: 240_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let chair: Page;
  let board: Page;
  let sessionId = '';
  const delegations = new Map<string, Page>();

  const newPage = async (viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ locale: 'en-US', viewport });
    contexts.push(context);
    return context.newPage();
  };

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });

  test('the President creates the meeting: members and President of the month come from history', async () => {
    chair = await newPage();
    await chair.goto(`${app.url}/`);
    await expectAccessible(chair, 'the home page');
    await chair.screenshot({ path: shot('home'), fullPage: true });
    await chair.fill('#create-date', '2017-12-11');
    await chair.fill('#create-title', 'Security Council, 8130th meeting');
    await chair.fill('#create-item', "The situation in the Democratic People's Republic of Korea");
    // The preview comes from /api/council for that date: Japan presided in December 2017.
    await chair.getByText('President of the month: Japan').waitFor();
    await chair.getByRole('button', { name: 'Create the meeting' }).click();
    await chair.waitForURL(/\/chair\//);
    sessionId = new URL(chair.url()).pathname.split('/')[2]!;
    assert.ok(sessionId, 'the console URL names the session');
    assert.equal(new URL(chair.url()).hash, '', 'the chair token is wiped from the address bar');
    await waitLive(chair);
    await chair.locator('.join-code').first().waitFor();
    assert.equal(await chair.locator('.join-code').count(), 15, 'fifteen join codes');
    await chair.getByLabel('Show QR codes').check();
    // Each QR code is fetched on its own (chair token): wait until all fifteen have arrived and drawn.
    await chair.waitForFunction(() => {
      const images = [...document.querySelectorAll('section[aria-labelledby="delegations-heading"] img.qr')] as HTMLImageElement[];
      return images.length === 15 && images.every((img) => img.complete && img.naturalWidth > 0);
    });
    assert.equal(await chair.locator('section[aria-labelledby="delegations-heading"] img.qr').count(), 15, 'fifteen QR codes');
    await chair.locator('section[aria-labelledby="delegations-heading"]').screenshot({ path: shot('console-qr') });
    await chair.getByLabel('Show QR codes').uncheck();
    // The board link opens the projector view in a new tab, leaving the console where it was.
    const [tab] = await Promise.all([
      chair.context().waitForEvent('page'),
      chair.getByRole('link', { name: 'Open the public vote board' }).click(),
    ]);
    // The board opens in the President's language (?lang=en).
    await tab.waitForURL(new RegExp(`/board/${sessionId}\\?lang=en$`));
    assert.match(chair.url(), /\/chair\//);
    await tab.close();
  });

  test('fifteen delegations join by code on their phones; the board opens without a token', async () => {
    board = await newPage({ width: 1600, height: 1000 });
    await board.goto(`${app.url}/board/${sessionId}`);
    await waitLive(board);
    const codes = await chair
      .locator('.join-code')
      .evaluateAll((links) => links.map((a) => ({ code: a.getAttribute('data-code')!, href: a.getAttribute('href')! })));
    assert.deepEqual(codes.map((c) => c.code).sort(), Object.keys(T4).sort(), 'the members on 11 Dec 2017');
    // Three phones at a time: fifteen pages compiling the app at once on a 2-core CI machine
    // (beside another test file) once took over 30 s for one page's load.
    for (let i = 0; i < codes.length; i += 3) {
      await Promise.all(
        codes.slice(i, i + 3).map(async ({ code, href }) => {
          const page = await newPage(PHONE);
          await page.goto(`${app.url}${href}`);
          await page.waitForURL(new RegExp(`/d/${sessionId}$`));
          await waitLive(page);
          delegations.set(code, page);
        }),
      );
    }
    assert.equal(delegations.size, 15);
  });

  test('the agenda is proposed, China objects, and the President puts it to a procedural vote', async () => {
    await chair.getByRole('button', { name: 'Call the meeting to order' }).click();
    await chair.getByRole('button', { name: 'Put the provisional agenda before the Council' }).click();
    const china = delegations.get('CHN')!;
    await china.getByRole('button', { name: 'Object to the provisional agenda' }).click();
    await china.getByRole('button', { name: 'You object to the provisional agenda' }).waitFor();
    await chair.getByText('Objection to the provisional agenda by China').waitFor();
    // With an objection pending the President cannot simply declare the agenda adopted (R13).
    assert.equal(await chair.getByRole('button', { name: 'Adopt without a vote' }).isDisabled(), true);
    await chair.getByRole('button', { name: 'Put the agenda to a procedural vote' }).click();
    await board.getByText('Voting', { exact: true }).waitFor();
    await board.getByText('9 needed').first().waitFor();
    await chair
      .getByText(/^Not yet voted: Bolivia \(Plurinational State of\), China, .* and Uruguay\. Closing now records them as absent\.$/)
      .waitFor();
    await expectAccessible(board, 'the board with a vote open');
    await board.screenshot({ path: shot('board-before') });
  });

  test('delegations vote; a ballot survives a reload', async () => {
    const others = Object.entries(T4).filter(([code]) => code !== 'SWE');
    await Promise.all(
      others.map(async ([code, ballot]) => {
        const page = delegations.get(code)!;
        await page.locator(`button[data-ballot="${ballot}"]`).click();
        await page.locator(`[data-testid="my-ballot"][data-ballot="${ballot}"]`).waitFor();
      }),
    );
    const ukraine = delegations.get('UKR')!;
    await ukraine.reload();
    await waitLive(ukraine);
    await ukraine.locator('[data-testid="my-ballot"][data-ballot="yes"]').waitFor();
    assert.equal(await ukraine.locator('button[data-ballot="yes"]').getAttribute('aria-pressed'), 'true');
    await expectAccessible(ukraine, 'the delegation view');
    await ukraine.screenshot({ path: shot('delegation'), fullPage: true });
  });

  test('a ballot whose answer was lost is resent after a reload with the same id and counted once', async () => {
    const sweden = delegations.get('SWE')!;
    const me = await storedIdentity(sweden, sessionId);
    assert.equal(me.code, 'SWE');
    const voteId = (await readEvents(app.url, sessionId)).find((e) => e.type === 'vote-opened.v1')!.data.voteId;
    const command = { id: 'swe-ballot-1', type: 'cast-ballot', voteId, ballot: 'yes' };
    // The ballot reached the server but the phone never saw the answer: it is still pending locally.
    const first = await postJson(`${app.url}/api/sessions/${sessionId}/commands`, command, me.token);
    assert.equal(first.status, 200);
    await sweden.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`council.pending.${sessionId}.SWE.ballot`, JSON.stringify(command)],
    );
    await sweden.reload();
    await waitLive(sweden);
    await sweden.locator('[data-testid="my-ballot"][data-ballot="yes"]').waitFor();
    await sweden.waitForFunction((key) => localStorage.getItem(key) === null, `council.pending.${sessionId}.SWE.ballot`);
    const swedish = (await readEvents(app.url, sessionId)).filter((e) => e.type === 'ballot-cast.v1' && e.data.member === 'SWE');
    assert.equal(swedish.length, 1, 'the resent ballot is not counted twice');
  });

  test('a delegation cannot vote for another: the API says 403 and the UI offers no way', async () => {
    const china = delegations.get('CHN')!;
    const me = await storedIdentity(china, sessionId);
    const url = `${app.url}/api/sessions/${sessionId}/commands`;
    const forUsa = await postJson(url, { id: 'chn-as-usa', type: 'cast-ballot', member: 'USA', ballot: 'no' }, me.token);
    assert.equal(forUsa.status, 403);
    assert.equal(forUsa.body.error.code, 'not-your-ballot');
    const asUsa = await postJson(
      url,
      { id: 'chn-as-usa-2', type: 'cast-ballot', actor: { role: 'delegation', code: 'USA' }, ballot: 'no' },
      me.token,
    );
    assert.equal(asUsa.status, 403);
    assert.equal(asUsa.body.error.code, 'not-your-ballot');
    const closing = await postJson(url, { id: 'chn-closes', type: 'close-vote' }, me.token);
    assert.equal(closing.status, 403);
    assert.equal(closing.body.error.code, 'not-chair');
    const usaBallots = (await readEvents(app.url, sessionId)).filter((e) => e.type === 'ballot-cast.v1' && e.data.member === 'USA');
    assert.deepEqual(
      usaBallots.map((e) => e.data.ballot),
      ['yes'],
      'the United States ballot is untouched',
    );
    // The phone view has three ballot buttons and nothing to pick another member with.
    assert.equal(await china.locator('button[data-ballot]').count(), 3);
    // Its other controls (a motion to move, a note to the chair) name no member to act for.
    const choices = await china.locator('main select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    assert.ok(
      choices.every((v) => !/^[A-Z]{3}$/.test(v)),
      `no member to pick: ${choices}`,
    );
    assert.equal(await china.locator('main input').count(), 0);
  });

  test('the President closes the vote: the board shows "Adopted 10-3-2, procedural" with its reason', async () => {
    await chair.getByText('Every member has voted.').waitFor();
    await chair.getByRole('button', { name: 'Close the vote' }).click();
    const outcome = board.locator('[data-testid="outcome"]');
    await outcome.getByText('Adopted 10-3-2, procedural').waitFor();
    assert.match(await outcome.innerText(), /no veto applies/);
    // Every seat lit with its ballot, in words as well as colour: the table screen readers get...
    const words = (await board.locator('.vote-board table tbody td').allTextContents()).map((w) => w.replace(/^\S+\s/, ''));
    assert.deepEqual(
      {
        yes: words.filter((w) => w === 'Yes').length,
        no: words.filter((w) => w === 'No').length,
        abstain: words.filter((w) => w === 'Abstain').length,
      },
      { yes: 10, no: 3, abstain: 2 },
    );
    // ...and the drawing, seat by seat.
    const marks = await board
      .locator('.horseshoe .seat')
      .evaluateAll((seats) => seats.map((s) => [s.getAttribute('data-code'), s.getAttribute('data-mark')]));
    assert.equal(marks.length, 15);
    for (const [code, mark] of marks) assert.equal(mark, `ballot.${T4[code!]}`, `${code} is lit as ${T4[code!]}`);
    await expectAccessible(board, 'the board after the vote');
    await board.screenshot({ path: shot('board-after') });

    await chair.getByText("Why: the engine's explanation").waitFor();
    await chair.getByText('Agenda adopted').first().waitFor();
    await expectAccessible(chair, "the President's console");
    await chair.screenshot({ path: shot('console'), fullPage: true });
    const china = delegations.get('CHN')!;
    await china.getByText('Adopted 10-3-2, procedural').waitFor();
  });

  test('the record and the votes export from the console links', async () => {
    const links = await chair.locator('.exports a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // The record formats carry the reader's language (?lang=en); the votes are language-free.
    assert.deepEqual(
      links.map((l) => l.split('.').pop()),
      ['pdf?lang=en', 'html?lang=en', 'md?lang=en', 'csv', 'json'],
    );
    const csv = await fetch(`${app.url}${links[3]}`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const rows = (await csv.text()).trim().split(/\r?\n/);
    assert.equal(rows.length, 1 + 15, 'a header and one row per member for the one vote');
    const pdf = await fetch(`${app.url}${links[0]}`);
    assert.equal(pdf.status, 200);
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
      '%PDF-',
    );
  });

  test('the board in French (and the switch offers every catalogue)', async () => {
    const offered = await board.locator('[data-testid="language"] option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    assert.deepEqual(offered, ['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    await board.selectOption('[data-testid="language"]', 'fr');
    const outcome = board.locator('[data-testid="outcome"]');
    await outcome.getByText('Adopté 10-3-2, question de procédure').waitFor();
    assert.equal(await board.evaluate(() => document.documentElement.lang), 'fr');
    await board.getByText('Fédération de Russie').first().waitFor({ state: 'attached' });
    await expectAccessible(board, 'the board in French');
    await board.screenshot({ path: shot('board-french') });
    const ukraine = delegations.get('UKR')!;
    await ukraine.selectOption('[data-testid="language"]', 'fr');
    await ukraine.getByText('Votre vote\u00a0: Pour').waitFor();
    await ukraine.screenshot({ path: shot('delegation-french'), fullPage: true });
  });
});
