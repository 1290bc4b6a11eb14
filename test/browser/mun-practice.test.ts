/**
 * The Model UN practice option set (issue 10): off for a faithful UN session, on for a MUN
 * one. With it on, the speaker's phone yields the rest of its time to another delegation,
 * whose phone then shows its own countdown; with it off, no yield is offered or accepted.
 * A moderated caucus moved from a phone is put by the console, voted, and counted down on the
 * board and the phones alike; a UN session offers no caucus motion.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { measureFit } from './fit.js';
import { expectAccessible, postJson, waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe('Model UN practice, in Chromium', { skip: skip ?? false, timeout: 180_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const phones = new Map<string, Page>();

  const open = async (practice?: 'mun') => {
    const created = await postJson(`${app.url}/api/sessions`, { date: '2017-12-11', title: 'MUN', ...(practice ? { practice } : {}) });
    assert.equal(created.status, 201);
    const url = `${app.url}/api/sessions/${created.body.sessionId}/commands`;
    for (const type of ['open-meeting', 'propose-agenda', 'adopt-agenda']) {
      const body = type === 'propose-agenda' ? { items: [{ title: 'Item' }] } : {};
      assert.equal((await postJson(url, { id: `${type}-x`, type, ...body }, created.body.chair.token)).status, 200);
    }
    return { created, url };
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

  test('a MUN session: the speaker yields to China from its phone', async () => {
    const { created, url } = await open('mun');
    for (const d of created.body.delegations as { code: string; url: string }[]) {
      if (d.code !== 'FRA' && d.code !== 'CHN') continue;
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${app.url}${d.url}`);
      await page.waitForURL(/\/d\//);
      await waitLive(page);
      phones.set(d.code, page);
    }
    assert.equal(
      (await postJson(url, { id: 'give', type: 'give-floor', member: 'FRA', seconds: 120 }, created.body.chair.token)).status,
      200,
    );
    const france = phones.get('FRA')!;
    const china = phones.get('CHN')!;
    await france.getByText('You have the floor').waitFor();
    await france.getByLabel('Yield the rest of my time to').selectOption({ label: 'China' });
    await france.getByRole('button', { name: 'Yield', exact: true }).click();
    await china.getByText('You have the floor').waitFor();
    const left = Number(await china.getByTestId('floor-countdown').getAttribute('data-remaining'));
    assert.ok(left <= 120 && left > 100, `China has what France left: ${left}`);
  });

  test('a UN session offers no yield to another delegation, and the engine refuses one', async () => {
    const { created, url } = await open();
    const d = (created.body.delegations as { code: string; url: string }[]).find((x) => x.code === 'FRA')!;
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}${d.url}`);
    await page.waitForURL(/\/d\//);
    await waitLive(page);
    assert.equal(
      (await postJson(url, { id: 'give', type: 'give-floor', member: 'FRA', seconds: 120 }, created.body.chair.token)).status,
      200,
    );
    await page.getByText('You have the floor').waitFor();
    assert.equal(await page.getByLabel('Yield the rest of my time to').count(), 0);
    const token = await page.evaluate(
      (id) => JSON.parse(localStorage.getItem(`council.delegation.${id}`) ?? '{}').token as string,
      created.body.sessionId,
    );
    const refused = await postJson(url, { id: 'y', type: 'yield-floor', to: 'speaker', member: 'CHN' }, token);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'practice-not-enabled');
  });

  test('a MUN session runs a moderated caucus moved from a phone: the board counts it down', async () => {
    const { created, url } = await open('mun');
    const newPage = async (width: number, height: number) => {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width, height } });
      contexts.push(context);
      return context.newPage();
    };
    const delegations = created.body.delegations as { code: string; url: string; joinCode: string }[];
    const france = await newPage(390, 844);
    await france.goto(`${app.url}${delegations.find((d) => d.code === 'FRA')!.url}`);
    await france.waitForURL(/\/d\//);
    await waitLive(france);
    const chair = await newPage(1366, 900);
    await chair.goto(`${app.url}${created.body.chair.url}`);
    await waitLive(chair);
    const board = await newPage(1366, 768);
    await board.goto(`${app.url}/board/${created.body.sessionId}`);
    await waitLive(board);

    const motions = france.getByRole('region', { name: 'Caucus motions (Model UN practice)' });
    await motions.getByLabel('Caucus', { exact: true }).selectOption('moderated-caucus');
    await motions.getByLabel('Total time (minutes)').fill('10');
    await motions.getByLabel('Speaking time (seconds)').fill('45');
    await motions.getByLabel('Topic (optional)').fill('Humanitarian access');
    const fit = await measureFit(france);
    assert.ok(fit.scrollWidth <= fit.viewport, `the phone does not scroll sideways: ${fit.scrollWidth}`);
    assert.deepEqual(fit.smallText, []);
    assert.deepEqual(fit.smallTargets, []);
    await expectAccessible(france, 'the phone with caucus motions');
    await motions.getByRole('button', { name: 'Move the caucus motion' }).click();

    // The console lists it with its terms and puts it to the vote.
    const listed = chair.getByTestId('motion').filter({ hasText: 'Motion to hold a moderated caucus' });
    await listed.getByText('10:00 in all, 0:45 per speaker — Humanitarian access', { exact: false }).waitFor();
    await listed.getByRole('button', { name: 'Put to the vote' }).click();
    for (const d of delegations) {
      const token = (await postJson(`${app.url}/api/join`, { joinCode: d.joinCode })).body.token as string;
      assert.equal((await postJson(url, { id: `b-${d.code}`, type: 'cast-ballot', ballot: 'yes' }, token)).status, 200);
    }
    await chair.getByRole('button', { name: 'Close the vote' }).click();

    // The board and the phone count the caucus down from the server's clock, alike.
    const boardClock = board.getByTestId('caucus-countdown');
    await boardClock.waitFor();
    await board.getByText('Moderated caucus — Humanitarian access').waitFor();
    await france.getByTestId('caucus-countdown').waitFor();
    const onBoard = Number(await boardClock.getAttribute('data-remaining'));
    const onPhone = Number(await france.getByTestId('caucus-countdown').getAttribute('data-remaining'));
    assert.ok(onBoard <= 600 && onBoard > 560, `the board: ${onBoard}`);
    assert.ok(Math.abs(onBoard - onPhone) <= 1, `board ${onBoard} and phone ${onPhone} agree`);
    const running = await measureFit(france);
    assert.ok(running.scrollWidth <= running.viewport, `the phone fits during the caucus: ${running.scrollWidth}`);
    assert.deepEqual([running.smallText, running.smallTargets], [[], []]);

    // The console gives the floor for the caucus's speaking time, then ends the caucus early.
    const panel = chair.getByTestId('caucus-panel');
    await panel.getByLabel('Next speaker').selectOption('CHN');
    await panel.getByRole('button', { name: 'Give the floor (caucus speaking time)' }).click();
    const floor = Number(await board.getByTestId('floor-countdown').getAttribute('data-remaining'));
    assert.ok(floor <= 45 && floor > 35, `the speaker has the caucus speaking time: ${floor}`);
    await expectAccessible(board, 'the board during a caucus');
    await board.screenshot({ path: shot('board-caucus-1366'), fullPage: true });
    await france.screenshot({ path: shot('delegation-caucus-390'), fullPage: true });
    await chair.screenshot({ path: shot('chair-caucus-1366'), fullPage: true });
    await expectAccessible(chair, 'the console during a caucus');
    await panel.getByRole('button', { name: 'End the caucus', exact: true }).click();
    await board.getByTestId('caucus').waitFor({ state: 'detached' });
  });

  test('a UN session offers no caucus motion on the phone or the console', async () => {
    const { created } = await open();
    const page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } })).newPage();
    contexts.push(page.context());
    await page.goto(`${app.url}${(created.body.delegations as { code: string; url: string }[]).find((d) => d.code === 'FRA')!.url}`);
    await page.waitForURL(/\/d\//);
    await waitLive(page);
    await page.getByRole('heading', { name: 'Move a motion' }).waitFor();
    assert.equal(await page.getByTestId('caucus-form').count(), 0);
    const chair = await (await browser.newContext({ locale: 'en-US' })).newPage();
    contexts.push(chair.context());
    await chair.goto(`${app.url}${created.body.chair.url}`);
    await waitLive(chair);
    await chair.getByRole('heading', { name: 'Speakers' }).first().waitFor();
    assert.equal(await chair.getByTestId('caucus-panel').count(), 0);
  });
});
