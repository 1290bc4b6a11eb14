/**
 * The home form for every body (issue 9): a custom 20-state roster, the Council of 2027 with its
 * Rule 18 President, and a Human Rights Council session whose 47-seat board fits a 1366×768 screen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe('creating sessions of every body from the home form, in Chromium', { skip: skip ?? false, timeout: 180_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const newPage = async (viewport = { width: 1280, height: 900 }): Promise<Page> => {
    const context = await browser.newContext({ locale: 'en-US', viewport });
    contexts.push(context);
    return context.newPage();
  };
  const joinCodes = (page: Page) => page.locator('.join-code').evaluateAll((links) => links.map((a) => a.getAttribute('data-code')!));

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });

  test('a custom roster of 20 states, with the Holy See observing', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/`);
    await page.fill('#create-date', '2025-05-01');
    await page.selectOption('#create-body', 'general-assembly');
    await page.getByTestId('roster-preview').getByText('193 members.').waitFor();
    const twenty = 'ARG AUS BRA CAN CHN DEU EGY FRA GBR IDN IND ITA JPN KOR MEX NGA RUS SAU TUR ZAF';
    await page.fill('#create-members', twenty);
    await page.fill('#create-observers', 'VAT');
    await page.getByTestId('roster-preview').getByText('20 members.').waitFor();
    await page.fill('#create-title', 'Model UN: a G20 committee');
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await page.waitForURL(/\/chair\//);
    await waitLive(page);
    await page.locator('.join-code').first().waitFor();
    const codes = await joinCodes(page);
    assert.deepEqual(codes.filter((c) => c !== 'VAT').sort(), twenty.split(' ').sort());
    assert.ok(codes.includes('VAT'), 'the observer has a join code too');
  });

  test('the Council of 2027: the members elected on 3 Jun 2026 and Portugal presiding in January', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/`);
    await page.fill('#create-date', '2027-01-20');
    await page.getByText(/President of the month: Portugal/).waitFor();
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await page.waitForURL(/\/chair\//);
    await waitLive(page);
    await page.locator('.join-code').first().waitFor();
    assert.deepEqual((await joinCodes(page)).sort(), [
      'AUT',
      'BHR',
      'CHN',
      'COD',
      'COL',
      'FRA',
      'GBR',
      'KGZ',
      'LBR',
      'LVA',
      'PRT',
      'RUS',
      'TTO',
      'USA',
      'ZWE',
    ]);
    // The Council calls no roll: its console does not offer one.
    assert.equal(await page.getByRole('button', { name: 'Call the roll' }).count(), 0);
  });

  test('the Human Rights Council of 2024: 47 members on a board that fits 1366×768', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/`);
    await page.fill('#create-date', '2024-03-01');
    await page.selectOption('#create-body', 'human-rights-council');
    await page.getByTestId('roster-preview').getByText('47 members.').waitFor();
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await page.waitForURL(/\/chair\//);
    const sessionId = new URL(page.url()).pathname.split('/')[2]!;
    await waitLive(page);
    await page.getByRole('button', { name: 'Call the meeting to order' }).click();
    await page.fill('#vote-question', 'Draft resolution A/HRC/55/L.1');
    await page.getByRole('button', { name: 'Call the vote' }).click();
    const board = await newPage({ width: 1366, height: 768 });
    await board.goto(`${app.url}/board/${sessionId}`);
    await waitLive(board);
    await board.getByText('Voting', { exact: true }).waitFor();
    assert.equal(await board.locator('[data-testid="hall-board"] li').count(), 47);
    assert.equal(await board.locator('.hall-council').count(), 1, 'the 47-seat layout');
    const fit = await board.evaluate(() => ({
      scrolls: document.documentElement.scrollHeight > innerHeight + 1,
      clipped: ([...document.querySelectorAll('.hall-name')] as HTMLElement[]).filter((n) => n.scrollWidth > n.clientWidth + 1).length,
    }));
    assert.deepEqual(fit, { scrolls: false, clipped: 0 });
    await board.screenshot({ path: shot('hrc-board-1366x768') });
  });
});
