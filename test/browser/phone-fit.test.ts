/**
 * Every page fits a phone (390 × 844) and a laptop (1366 × 768): the document never
 * scrolls sideways, no visible text is under 12 px, every control is at least 44 px
 * square, axe finds nothing serious; the desktop board shows a 15-member vote without
 * scrolling and keeps its tally ("10-3-2") on one line. Screenshots of each page at both
 * sizes go to test-output/screenshots/fit-<page>-<width>.png.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { skipWithoutGaData } from '../ga-data.js';
import { measureBoard, measureFit } from './fit.js';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible, postJson, waitLive } from './helpers.js';
import { BALLOTS_2017_12_11 } from '../dprk-2017-ballots.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
] as const;

/** The vote of 11 Dec 2017 on the agenda (S/PV.8130), 10-3-2; here Japan's phone never votes. */
const BALLOTS: Readonly<Record<string, string>> = BALLOTS_2017_12_11;

describe('every page fits a phone and a laptop, in Chromium', { skip: skip ?? false, timeout: 300_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let sessionId = '';
  let chairUrl = '';
  let joinUrl = '';
  let replayPath = '';

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const created = await postJson(`${app.url}/api/sessions`, {
      date: '2017-12-11',
      title: 'The situation in the DPRK',
      item: 'The situation in the DPRK',
    });
    assert.equal(created.status, 201);
    sessionId = created.body.sessionId;
    chairUrl = created.body.chair.url;
    const chair = created.body.chair.token as string;
    const url = `${app.url}/api/sessions/${sessionId}/commands`;
    const run = async (token: string, command: Record<string, unknown>) => {
      const r = await postJson(url, { id: `${command.type}-${Math.random()}`, ...command }, token);
      assert.equal(r.status, 200, JSON.stringify(r.body));
    };
    await run(chair, { type: 'open-meeting' });
    await run(chair, { type: 'propose-agenda', items: [{ title: 'The situation in the DPRK' }] });
    await run(chair, { type: 'open-vote', voteId: 'v1', question: 'Adoption of the agenda', subject: { kind: 'agenda' } });
    for (const d of created.body.delegations as { code: string; joinCode: string; url: string }[]) {
      if (d.code === 'JPN') {
        joinUrl = d.url;
        continue;
      }
      const token = (await postJson(`${app.url}/api/join`, { joinCode: d.joinCode })).body.token as string;
      await run(token, { type: 'cast-ballot', ballot: BALLOTS[d.code] });
    }
    const fixtures = (await (await fetch(`${app.url}/api/fixtures`)).json()) as { fixtures: { id: string; date?: string }[] };
    replayPath = `/history/${fixtures.fixtures.find((f) => f.date === '2017-12-11')!.id}`;
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });

  for (const size of SIZES) {
    describe(`at ${size.width} × ${size.height}`, () => {
      let page: Page;
      let phone: Page;
      before(async () => {
        const context = await browser.newContext({ locale: 'en-US', viewport: size });
        contexts.push(context);
        page = await context.newPage();
        // The delegation's own context, so its token does not mix with the chair's.
        const own = await browser.newContext({ locale: 'en-US', viewport: size });
        contexts.push(own);
        phone = await own.newPage();
      });

      const check = async (target: Page, name: string) => {
        await target.waitForTimeout(150); // let late layout (fonts, live updates) settle
        await target.screenshot({ path: shot(`fit-${name}-${size.width}`), fullPage: true });
        const fit = await measureFit(target);
        assert.ok(fit.scrollWidth <= fit.viewport, `${name}: the page is ${fit.scrollWidth}px wide in a ${fit.viewport}px viewport`);
        assert.deepEqual(fit.smallText, [], `${name}: text under 12px`);
        assert.deepEqual(fit.smallTargets, [], `${name}: tap targets under 44px`);
        await expectAccessible(target, `${name} at ${size.width}px`);
      };

      test('home', async () => {
        await page.goto(`${app.url}/`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await check(page, 'home');
      });

      test('join (a mistyped code shows the form again)', async () => {
        await page.goto(`${app.url}/join/AAAAAAAAAAAA`);
        await page.locator('.error').first().waitFor();
        await check(page, 'join');
      });

      test('console', async () => {
        await page.goto(`${app.url}${chairUrl}`);
        await waitLive(page);
        await page.getByTestId('tally').waitFor();
        await check(page, 'console');
        // On a phone a strip pinned to the top jumps to each panel; the laptop's two columns need none.
        const strip = page.getByRole('navigation', { name: 'Console sections' });
        if (size.width > 900) {
          assert.equal(await strip.isVisible(), false);
          return;
        }
        const links = strip.getByRole('link');
        assert.ok((await links.count()) >= 6, `the strip lists the console's panels (${await links.allTextContents()})`);
        await strip.getByRole('link', { name: 'Speakers' }).click();
        const heading = page.getByRole('heading', { name: 'Speakers', exact: true });
        const box = (await heading.boundingBox())!;
        assert.ok(box.y >= 0 && box.y < size.height / 2, `the Speakers heading comes into view (at ${box.y}px)`);
        assert.ok(await strip.isVisible(), 'the strip stays on screen');
        assert.equal(new URL(page.url()).hash, '', 'the fragment, which carries the key on first load, stays empty');
      });

      test('delegation', async () => {
        await phone.goto(`${app.url}${joinUrl}`);
        await phone.waitForURL(/\/d\//);
        await waitLive(phone);
        await phone.getByRole('button', { name: /^Yes/ }).first().waitFor();
        await check(phone, 'delegation');
      });

      test('board, with the 15-member vote', async () => {
        await page.goto(`${app.url}/board/${sessionId}`);
        await waitLive(page);
        await page.getByTestId('tally').waitFor();
        await check(page, 'board');
      });

      test('history list', async () => {
        await page.goto(`${app.url}/history`);
        await page.locator('table.item-summary tbody tr').nth(4).waitFor();
        await check(page, 'history');
      });

      test('history replay', async () => {
        await page.goto(`${app.url}${replayPath}`);
        await page.locator('.timeline li').nth(2).waitFor();
        await check(page, 'replay');
      });

      test('analysis', { skip: skipWithoutGaData }, async () => {
        await page.goto(`${app.url}/analysis`);
        await page.getByTestId('power-sc').locator('tbody tr').nth(1).waitFor();
        await page.getByTestId('map-summary').waitFor({ timeout: 90_000 });
        await check(page, 'analysis');
      });
    });
  }

  test('the desktop board shows the closed 15-member vote without scrolling, its tally on one line', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
    contexts.push(context);
    const board = await context.newPage();
    const chairPage = await context.newPage();
    await chairPage.goto(`${app.url}${chairUrl}`);
    await waitLive(chairPage);
    await chairPage.getByRole('button', { name: 'Close the vote' }).click();
    // Japan (the phone above) never voted: closing records it absent, so the console asks first.
    const dialog = chairPage.getByRole('dialog');
    assert.match(await dialog.innerText(), /Japan will be recorded as absent/);
    await dialog.getByRole('button', { name: 'Close the vote' }).click();
    await board.goto(`${app.url}/board/${sessionId}`);
    await waitLive(board);
    await board.locator('[data-testid="outcome"]').getByText('9-3-2').waitFor();
    await board.screenshot({ path: shot('fit-board-closed-1366') });
    const layout = await measureBoard(board);
    assert.ok(layout.scrollHeight <= layout.innerHeight, `the board scrolls: ${layout.scrollHeight}px in ${layout.innerHeight}px`);
    assert.ok(layout.seatsBottom <= layout.innerHeight && layout.outcomeBottom <= layout.innerHeight, JSON.stringify(layout));
    assert.ok(layout.tallyLines.length >= 2, 'the tally is shown in the headline and the horseshoe');
    assert.deepEqual(
      layout.tallyLines,
      layout.tallyLines.map(() => 1),
      'each tally stays on one line',
    );
  });
});
