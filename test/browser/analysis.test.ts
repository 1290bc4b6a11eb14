/**
 * /analysis in Chromium: the GA alignment map (real data) and the Council's exact voting
 * power, accessible, with a screenshot.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { skipWithoutGaData } from '../ga-data.js';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe('the analysis page, in Chromium', { skip: skip ?? false, timeout: 180_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  test('the navigation leads to /analysis, served by the SPA fallback on a direct load too', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Analysis' }).click();
    await page.waitForURL(/\/analysis$/);
    await page.getByRole('heading', { level: 1, name: 'Voting analysis' }).waitFor();
    const direct = await page.goto(`${app.url}/analysis`);
    assert.equal(direct?.status(), 200);
    await page.getByRole('heading', { level: 1, name: 'Voting analysis' }).waitFor();
  });

  test('the Council power tables show the exact indices, each model labelled', async () => {
    const binary = page.getByTestId('power-sc');
    await binary.locator('tbody tr').nth(1).waitFor();
    const rows = await binary.locator('tbody tr').allInnerTexts();
    assert.match(rows[0]!, /Each permanent member\s+5\s+421\/2145 \(0\.1963\)\s+106\/635 \(0\.1669\)/);
    assert.match(rows[1]!, /Each elected member\s+10\s+4\/2145 \(0\.0019\)\s+21\/1270 \(0\.0165\)/);
    assert.match(await binary.locator('caption').innerText(), /binary model/);
    const ternary = page.getByTestId('power-sc-abstention');
    await ternary.locator('tbody tr').nth(1).waitFor();
    assert.match(await ternary.locator('caption').innerText(), /abstention-aware model/);
    const old = page.getByTestId('power-sc-1945');
    await old.locator('tbody tr').nth(1).waitFor();
    assert.match((await old.locator('tbody tr').allInnerTexts())[1]!, /Each elected member\s+6\s/);
  });

  test('the alignment map of 2014–2018 places every voting state', { skip: skipWithoutGaData }, async () => {
    await page.getByTestId('map-summary').waitFor({ timeout: 90_000 });
    // Each state is one <g> with a <title> and a circle; the legend's circles stand alone.
    const points = await page.locator('.alignment-map svg g > circle').count();
    assert.ok(points >= 100, `${points} state points on the map`);
    assert.equal(await page.getByTestId('map-table').locator('tbody tr').count(), points, 'the table lists the same states');
    assert.match(await page.getByTestId('map-summary').innerText(), new RegExp(`^${points} states placed from \\d+ recorded votes`));

    // A narrower window on one issue redraws the map.
    await page.getByLabel('From (year)').fill('2016');
    await page.getByLabel('Issue', { exact: true }).selectOption('human-rights');
    await page.getByRole('button', { name: 'Draw the map' }).click();
    await page.locator('figcaption', { hasText: 'Alignment map, 2016–2018, Human rights' }).waitFor();

    await expectAccessible(page, 'the analysis page');
    await page.screenshot({ path: shot('analysis'), fullPage: true });

    // A window past the data's end draws what there is and says plainly where the data stop.
    await page.getByLabel('To (year)').fill('2022');
    await page.getByRole('button', { name: 'Draw the map' }).click();
    const notice = page.getByTestId('data-end-notice');
    await notice.waitFor({ timeout: 90_000 });
    assert.match(
      await notice.innerText(),
      /voting data end on 2020-01-14: this map covers nothing after that date, although the window runs to 2022/,
    );
  });

  test('a year the form does not accept is refused by the server with a clear message', async () => {
    const response = await page.request.get(`${app.url}/api/alignment?from=2018&to=2014`);
    assert.equal(response.status(), 400);
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /from must not be after to/);
  });
});

describe('the analysis page without GA data, in Chromium', { skip: skip ?? false, timeout: 120_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const saved = process.env.COUNCIL_GA_DATA;

  before(async () => {
    // The record is looked up by directory on each request: point it at one that does not exist.
    process.env.COUNCIL_GA_DATA = '/nonexistent/council-ga-data';
    app = await startApp();
    browser = await launchBrowser();
  });
  after(async () => {
    if (saved === undefined) delete process.env.COUNCIL_GA_DATA;
    else process.env.COUNCIL_GA_DATA = saved;
    await browser?.close();
    await app?.close();
  });

  test('the map says the data is missing; the power tables still work', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${app.url}/analysis`);
    await page.getByTestId('alignment-unavailable').getByText('voting data is not available on this server').waitFor();
    assert.equal(await page.locator('.alignment-map').count(), 0);
    await page.getByTestId('power-sc').getByText('421/2145').waitFor();
    await expectAccessible(page, 'the analysis page without GA data');
    await context.close();
  });
});
