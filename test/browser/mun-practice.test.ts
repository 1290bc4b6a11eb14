/**
 * The Model UN practice option set (issue 10): off for a faithful UN session, on for a MUN
 * one. With it on, the speaker's phone yields the rest of its time to another delegation,
 * whose phone then shows its own countdown; with it off, no yield is offered or accepted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, startApp, type RunningApp } from './harness.js';
import { postJson, waitLive } from './helpers.js';

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
});
