/**
 * Division in a Third Committee (GA rule 129), from real pages: Cuba asks from its phone for
 * separate votes on both operative paragraphs, Japan (the sponsor) objects from its phone, the
 * chair puts the motion for division to the vote, then each part; both fall, so the draft is
 * rejected as a whole without a vote on it. A custom five-state roster keeps it small.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { measureFit } from './fit.js';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible, postJson, readEvents, waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe('division of a proposal in a Third Committee, in Chromium', { skip: skip ?? false, timeout: 180_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let chair: Page;
  let cuba: Page;
  let japan: Page;
  let sessionId = '';
  let chairToken = '';
  const tokens = new Map<string, string>();

  const newPage = async (viewport: { width: number; height: number }) => {
    const context = await browser.newContext({ locale: 'en-US', viewport });
    contexts.push(context);
    return context.newPage();
  };
  const command = async (token: string, body: Record<string, unknown>) => {
    const r = await postJson(`${app.url}/api/sessions/${sessionId}/commands`, { id: `${body.type}-${Math.random()}`, ...body }, token);
    assert.equal(r.status, 200, JSON.stringify(r.body));
  };
  /** Cuba and Japan vote from their phones, the others through the API; the chair closes the vote. */
  const vote = async (phones: { cuba: RegExp; japan: RegExp }, others: 'yes' | 'no') => {
    await cuba.getByRole('button', { name: phones.cuba }).click();
    await japan.getByRole('button', { name: phones.japan }).click();
    for (const token of tokens.values()) await command(token, { type: 'cast-ballot', ballot: others });
    await chair.getByText('Every member has voted.').waitFor();
    await chair.getByRole('button', { name: 'Close the vote' }).click();
  };

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const created = await postJson(`${app.url}/api/sessions`, {
      body: 'ga-main-committee',
      committee: 3,
      date: '2014-11-18',
      title: 'Promotion and protection of human rights',
      members: ['CUB', 'JPN', 'BRA', 'KEN', 'NOR'],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    sessionId = created.body.sessionId;
    chairToken = created.body.chair.token;
    chair = await newPage({ width: 1280, height: 900 });
    await chair.goto(`${app.url}${created.body.chair.url}`);
    await waitLive(chair);
    for (const d of created.body.delegations as { code: string; joinCode: string; url: string }[]) {
      if (d.code === 'CUB' || d.code === 'JPN') {
        const page = await newPage({ width: 390, height: 844 });
        await page.goto(`${app.url}${d.url}`);
        await page.waitForURL(/\/d\//);
        await waitLive(page);
        if (d.code === 'CUB') cuba = page;
        else japan = page;
      } else {
        tokens.set(d.code, (await postJson(`${app.url}/api/join`, { joinCode: d.joinCode })).body.token);
      }
    }
    await command(chairToken, { type: 'open-meeting' });
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });

  test('Cuba asks, Japan objects, the motion for division is carried, both operative parts fall: rejected as a whole', async () => {
    await command(chairToken, {
      type: 'submit-draft',
      draftId: 'l28',
      symbol: 'A/C.3/69/L.28',
      title: 'Situation of human rights in a country',
      sponsors: ['JPN'],
      preambular: ['Guided by the Charter,'],
      operative: ['Condemns the violations;', 'Encourages the Security Council to consider a referral;'],
    });
    await cuba.getByRole('checkbox', { name: /Operative paragraph 1/ }).check();
    await cuba.getByRole('checkbox', { name: /Operative paragraph 2/ }).check();
    await cuba.getByRole('button', { name: 'Ask for a separate vote' }).click();
    // Japan sees the request and objects: in the Assembly bodies that sends the motion to a vote.
    await japan.getByRole('button', { name: 'Object to the division' }).click();
    await japan.getByText(/the motion for division is put to the vote/).waitFor();
    await japan.screenshot({ path: shot('division-phone-objection-390'), fullPage: true });
    const fit = await measureFit(japan);
    assert.ok(fit.scrollWidth <= 390, `the phone scrolls sideways: ${fit.scrollWidth}`);
    assert.deepEqual([fit.smallText, fit.smallTargets], [[], []]);
    await expectAccessible(japan, 'the phone after an objection to a division');
    // The chair cannot take it as agreed: the console offers the vote instead.
    assert.equal(await chair.getByRole('button', { name: 'No objection: take the division as agreed' }).count(), 0);
    await chair.getByRole('button', { name: 'Put the motion for division to the vote' }).click();
    await vote({ cuba: /^Yes/, japan: /^No/ }, 'yes');
    await chair.getByRole('button', { name: 'Vote separately on Operative paragraph 1' }).click();
    await cuba.getByTestId('paragraph-under-vote').getByText('Condemns the violations;').waitFor();
    await vote({ cuba: /^No/, japan: /^Yes/ }, 'no');
    await chair.getByRole('button', { name: 'Vote separately on Operative paragraph 2' }).click();
    await vote({ cuba: /^No/, japan: /^Yes/ }, 'no');
    await expectAccessible(chair, 'the console after the separate votes');
    const events = await readEvents(app.url, sessionId);
    const completed = events.find((e) => e.type === 'division-completed.v1');
    assert.equal(completed?.data.outcome, 'rejected-as-whole');
    const decided = events.filter((e) => e.type === 'draft-decided.v1');
    assert.deepEqual(
      decided.map((e) => e.data.status),
      ['not-adopted'],
    );
    assert.equal(events.filter((e) => e.type === 'vote-recorded.v1').length, 3, 'the motion and two parts; no vote on the whole');
    const record = await (await fetch(`${app.url}/api/sessions/${sessionId}/export.md`)).text();
    assert.match(record, /objected to the division: the motion for division is put to the vote \(GA rule 129\)/);
    assert.match(record, /All operative parts having been rejected, the proposal is rejected as a whole \(GA rule 129\)/);
    assert.doesNotMatch(record, /Text adopted/);
  });
});
