/**
 * The Arria-formula meeting of 17 March 2023 on human rights in the DPRK (spec T37): all
 * fifteen must agree to a UN webcast; China objected, so the board says it may not be
 * webcast, naming the objector, while the meeting goes ahead in person.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible, postJson, waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe('an Arria-formula meeting: webcast consent, in Chromium', { skip: skip ?? false, timeout: 120_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const newPage = async (viewport = { width: 1400, height: 950 }) => {
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

  test('fourteen consent, China objects: no UN webcast, and the board says why', async () => {
    const created = await postJson(`${app.url}/api/sessions`, {
      date: '2023-03-17',
      title: 'Arria-formula meeting on the human rights situation in the DPRK',
      format: 'arria',
      conveners: ['ALB', 'USA'],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { sessionId, chair, delegations } = created.body as {
      sessionId: string;
      chair: { url: string };
      delegations: { code: string; joinCode: string; url: string }[];
    };
    assert.equal(delegations.length, 15);

    const board = await newPage({ width: 1600, height: 1000 });
    await board.goto(`${app.url}/board/${sessionId}`);
    await waitLive(board);
    await board.getByText('Waiting for consents').first().waitFor();
    await board.locator('.summary').getByText('Albania and United States').waitFor();

    // Fourteen members agree through the API with their own tokens...
    for (const d of delegations.filter((x) => x.code !== 'CHN')) {
      const joined = await postJson(`${app.url}/api/join`, { joinCode: d.joinCode });
      assert.equal(joined.status, 200);
      const consent = await postJson(
        `${app.url}/api/sessions/${sessionId}/commands`,
        { id: `consent-${d.code}`, type: 'consent-webcast', consent: true },
        joined.body.token,
      );
      assert.equal(consent.status, 200, JSON.stringify(consent.body));
    }
    await board.getByText('14 of 15 agree').first().waitFor();

    // ...and China objects from its phone.
    const china = await newPage({ width: 390, height: 844 });
    await china.goto(`${app.url}${delegations.find((d) => d.code === 'CHN')!.url}`);
    await china.waitForURL(new RegExp(`/d/${sessionId}$`));
    await waitLive(china);
    await china.getByRole('button', { name: 'Object' }).click();
    await china.getByText('You object to the webcast.').waitFor();
    await expectAccessible(china, 'the delegation view of an Arria meeting');

    // The convener records the decision from the console.
    const convener = await newPage();
    await convener.goto(`${app.url}${chair.url}`);
    await waitLive(convener);
    await convener.getByRole('button', { name: 'Decide on the webcast' }).click();
    await convener.getByRole('button', { name: 'Decide on the webcast' }).waitFor({ state: 'detached' });
    await expectAccessible(convener, 'the console of an Arria meeting');
    assert.equal(await convener.getByRole('button', { name: 'Call the vote' }).count(), 0, 'no votes in an Arria meeting');

    const status = board.locator('[data-testid="webcast-status"]');
    await status.getByText('May not be webcast').waitFor();
    assert.equal(await status.getAttribute('data-status'), 'blocked');
    assert.match(await status.innerText(), /Objection by China/);
    assert.match(await status.innerText(), /held in person/);
    const marks = await board
      .locator('.horseshoe .seat')
      .evaluateAll((seats) => Object.fromEntries(seats.map((s) => [s.getAttribute('data-code'), s.getAttribute('data-mark')])));
    assert.equal(Object.keys(marks).length, 15);
    assert.equal(marks.CHN, 'webcast.objects');
    assert.equal(Object.values(marks).filter((m) => m === 'webcast.consents').length, 14);
    await expectAccessible(board, 'the Arria board');
    await board.screenshot({ path: shot('arria-board') });
  });

  test('a wrong join code is refused in words, and unknown pages say so', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(`${app.url}/join/AAAAAAAAAAAA`);
    await page.getByRole('alert').getByText('No delegation has that join code').waitFor();
    await expectAccessible(page, 'the join page with a refused code');
    await page.goto(`${app.url}/board/no-such-session`);
    await page.getByRole('alert').getByText('No such meeting.').waitFor();
    await page.goto(`${app.url}/board/no-such-session/extra`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectAccessible(page, 'the not-found page');
    // A phone that never joined this meeting is asked for its code.
    await page.goto(`${app.url}/d/some-session`);
    await page.getByRole('heading', { name: 'Not joined' }).waitFor();
    await page.getByLabel('Join code').waitFor();
    await expectAccessible(page, 'the delegation view before joining');
  });
});
