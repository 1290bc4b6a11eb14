/**
 * The history: the DPRK human-rights item 2014–2024 from the fixtures, each meeting
 * replayable as a timeline (step through or play) with the vote board.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe('the history timeline, in Chromium', { skip: skip ?? false, timeout: 120_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  test('the DPRK item 2014–2024 at a glance, each outcome replayed by the engine', async () => {
    await page.goto(`${app.url}/history`);
    const table = page.locator('table.item-summary');
    await table.locator('tbody tr').nth(4).waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    const row = (date: string) => rows.find((r) => r.startsWith(date)) ?? '';
    assert.match(row('2014-12-22'), /Adopted 11-2-2, procedural/);
    assert.match(row('2015-12-10'), /Adopted 9-4-2, procedural/);
    assert.match(row('2016-12-09'), /Adopted 9-5-1, procedural/);
    assert.match(row('2017-12-11'), /Adopted 10-3-2, procedural/);
    await expectAccessible(page, 'the history list');
    await page.screenshot({ path: shot('history'), fullPage: true });
  });

  test('the 11 Dec 2017 meeting steps through and plays back to the real outcome', async () => {
    await page.getByRole('link', { name: /2017-12-11/ }).click();
    await page.waitForURL(/\/history\/.+/);
    const outcome = page.locator('[data-testid="outcome"]');
    await outcome.getByText('Adopted 10-3-2, procedural').waitFor();
    const steps = page.locator('.timeline-step');
    const total = await steps.count();
    assert.ok(total >= 5, `the timeline has ${total} steps`);
    assert.equal(await steps.last().getAttribute('aria-current'), 'step');

    await page.getByRole('button', { name: 'First' }).click();
    await page.getByText(`Step 1 of ${total}`).waitFor();
    assert.equal(await steps.first().getAttribute('aria-current'), 'step');
    assert.equal((await outcome.innerText()).trim(), '', 'no outcome before the vote');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`Step 2 of ${total}`).waitFor();
    await expectAccessible(page, 'the history timeline');

    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText(`Step ${total} of ${total}`).waitFor({ timeout: 30_000 });
    await outcome.getByText('Adopted 10-3-2, procedural').waitFor();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.screenshot({ path: shot('history-timeline') });
  });

  test("a General Assembly vote shows its totals and the Assembly's majority, not the Council's", async () => {
    await page.goto(`${app.url}/history`);
    await page.getByRole('link', { name: /Third Committee/ }).click();
    const outcome = page.locator('[data-testid="outcome"]');
    // A Main Committee approves (issue 9: its outcomes read Approved / Rejected).
    await outcome.getByText('Approved 111-19-55').waitFor();
    assert.match(await outcome.innerText(), /majority of the members present and voting/);
    assert.equal(await page.locator('.horseshoe').count(), 0, 'no fifteen-seat table for the Assembly');
    await page
      .getByText(/Rejected 40-77-50/)
      .first()
      .waitFor();
    await page.locator('.summary').getByText('General Assembly, Third Committee').waitFor();
    await expectAccessible(page, 'a General Assembly replay');
  });

  test('the history in French', async () => {
    await page.goto(`${app.url}/history/sc-2017-12-11-dprk`);
    await page.selectOption('[data-testid="language"]', 'fr');
    await page.locator('[data-testid="outcome"]').getByText('Adopté 10-3-2, question de procédure').waitFor();
    await page.getByRole('button', { name: 'Lecture' }).waitFor();
    await page.getByRole('link', { name: 'Toutes les séances' }).click();
    await page.getByText("La question des droits de l'homme en RPDC").waitFor();
    await expectAccessible(page, 'the history list in French');
    await page.screenshot({ path: shot('history-french'), fullPage: true });
  });
});
