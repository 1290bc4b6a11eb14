/**
 * The Third Committee of 18 Nov 2014, live in Chromium (issue 9): the chair creates a Main
 * Committee session from the home form (the data's 193 Members), calls the roll, five
 * delegations answer and vote from phone pages while the other 188 use the API, the Cuban
 * amendment is voted before the draft (GA rule 130) and rejected, and the draft is approved —
 * all on the Hall board, whose 193 names stay legible without scrolling at 1920×1080 and 1366×768.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { postJson, readEvents, storedIdentity, waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

const PHONE = { width: 390, height: 844 };
const ON_PAGES = ['CUB', 'JPN', 'CHN', 'DEU', 'BRA'];

describe('a Third Committee session of 193, in Chromium', { skip: skip ?? false, timeout: 300_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let chair: Page;
  let board: Page;
  let sessionId = '';
  let chairToken = '';
  const pages = new Map<string, Page>();
  const tokens = new Map<string, string>();
  let codes: string[] = [];
  let seq = 0;

  const newPage = async (viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ locale: 'en-US', viewport });
    contexts.push(context);
    return context.newPage();
  };
  const command = (token: string, body: object) =>
    postJson(`${app.url}/api/sessions/${sessionId}/commands`, { id: `c3-${++seq}`, ...body }, token);

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });

  test('the chair creates a Third Committee session from the home form: 193 Members from the data', async () => {
    chair = await newPage();
    await chair.goto(`${app.url}/`);
    await chair.fill('#create-date', '2014-11-18');
    await chair.selectOption('#create-body', 'ga-main-committee');
    await chair.selectOption('#create-committee', '3');
    await chair.getByTestId('roster-preview').getByText('193 members.').waitFor();
    await chair.fill('#create-title', 'Third Committee, 69th session');
    await chair.getByRole('button', { name: 'Create the meeting' }).click();
    await chair.waitForURL(/\/chair\//);
    sessionId = new URL(chair.url()).pathname.split('/')[2]!;
    await waitLive(chair);
    chairToken = (await chair.evaluate((id) => localStorage.getItem(`council.chair.${id}`), sessionId)) ?? '';
    assert.ok(chairToken, 'the chair token is kept');
    const all = await chair
      .locator('.join-code')
      .evaluateAll((links) => links.map((a) => ({ code: a.getAttribute('data-code')!, href: a.getAttribute('href')! })));
    // The observer States of the day (Holy See, State of Palestine) join by phone too, without a vote.
    const joins = all.filter((j) => j.code !== 'VAT' && j.code !== 'PSE');
    assert.equal(joins.length, 193);
    assert.equal(all.length, 195);
    codes = joins.map((j) => j.code);
    // No agenda vote or Rule 37 invitation in a Main Committee: the console does not offer them.
    assert.equal(await chair.getByRole('button', { name: 'Put the provisional agenda before the Council' }).count(), 0);
    for (const { code, href } of joins) {
      if (ON_PAGES.includes(code)) {
        const page = await newPage(PHONE);
        await page.goto(`${app.url}${href}`);
        await page.waitForURL(new RegExp(`/d/${sessionId}$`));
        await waitLive(page);
        pages.set(code, page);
      } else {
        const joined = await postJson(`${app.url}/api/join`, { joinCode: href.split('/').pop() });
        assert.equal(joined.status, 200);
        tokens.set(code, joined.body.token);
      }
    }
    board = await newPage({ width: 1920, height: 1080 });
    await board.goto(`${app.url}/board/${sessionId}`);
    await waitLive(board);
  });

  test('the roll call: phones answer, the chair records one, quorum met', async () => {
    await chair.getByRole('button', { name: 'Call the meeting to order' }).click();
    await chair.getByRole('button', { name: 'Call the roll' }).click();
    for (const code of ON_PAGES) {
      const page = pages.get(code)!;
      await page.locator(`button[data-roll="${code === 'JPN' ? 'present-and-voting' : 'present'}"]`).click();
      await page.getByText(/You answered:/).waitFor();
    }
    // The chair records Afghanistan, which has no device.
    await chair.selectOption('#roll-member', 'AFG');
    await chair.getByRole('button', { name: 'Present', exact: true }).click();
    const rest = codes.filter((c) => !ON_PAGES.includes(c) && c !== 'AFG');
    for (const code of rest.slice(0, 160)) {
      const r = await command(tokens.get(code)!, { type: 'answer-roll', attendance: 'present' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
    await chair
      .getByTestId('roll-summary')
      .getByText(/166 present of 193/)
      .waitFor();
    assert.match(await chair.getByTestId('roll-summary').innerText(), /Quorum to decide: 97 \(GA rule 108\) — met/);
  });

  test('the amendment must be voted before the draft; the Cuban amendment is rejected', async () => {
    const draft = await command(tokens.get('KOR') ?? '', {
      type: 'submit-draft',
      draftId: 'L.28/Rev.1',
      symbol: 'A/C.3/69/L.28/Rev.1',
      title: 'Situation of human rights in the DPRK',
      sponsors: ['KOR'],
      matter: 'non-procedural',
    });
    assert.equal(draft.status, 200, JSON.stringify(draft.body));
    const cubaToken = (await storedIdentity(pages.get('CUB')!, sessionId)).token;
    assert.ok(cubaToken);
    const am = await command(cubaToken, {
      type: 'submit-draft',
      draftId: 'L.63',
      symbol: 'A/C.3/69/L.63',
      title: 'Amendment (Cuba)',
      sponsors: ['CUB'],
      amends: 'L.28/Rev.1',
      change: 'delete',
      distance: 1,
      matter: 'non-procedural',
    });
    assert.equal(am.status, 200, JSON.stringify(am.body));
    // The chair tries the draft first: refused by the rule.
    const early = await command(chairToken, {
      type: 'open-vote',
      voteId: 'early',
      question: 'the draft',
      subject: { kind: 'draft', draftId: 'L.28/Rev.1' },
    });
    assert.equal(early.status, 409);
    assert.equal(early.body.error.code, 'wrong-order');
    await chair.selectOption('#vote-draft', 'L.63');
    await chair.getByRole('button', { name: 'Call the vote' }).click();
    await board.getByText('Voting', { exact: true }).waitFor();
    await vote({ yes: 40, no: 77, abstain: 50 }, { CUB: 'yes', CHN: 'yes', JPN: 'no', DEU: 'no', BRA: 'abstain' });
    await chair.getByRole('button', { name: 'Close the vote' }).click();
    // The states that did not vote are recorded absent, so the console asks first.
    await chair.getByRole('dialog').getByRole('button', { name: 'Close the vote' }).click();
    await board
      .locator('[data-testid="outcome"]')
      .getByText(/Rejected|Not adopted/)
      .first()
      .waitFor();
  });

  test('the draft is approved 111-19-55 on the Hall board, legible at 1920×1080 and 1366×768', async () => {
    await chair.selectOption('#vote-draft', 'L.28/Rev.1');
    await chair.getByRole('button', { name: 'Call the vote' }).click();
    await board.getByText('Voting', { exact: true }).waitFor();
    await board
      .getByTestId('first-to-vote')
      .getByText(/drawn by lot, GA rule 87/)
      .waitFor();
    // "Present and voting" removes the abstain button from Japan's phone.
    assert.equal(await pages.get('JPN')!.locator('button[data-ballot="abstain"]').count(), 0);
    await vote({ yes: 111, no: 19, abstain: 55 }, { JPN: 'yes', DEU: 'yes', BRA: 'abstain', CUB: 'no', CHN: 'no' });
    await board
      .getByTestId('majority-required')
      .getByText(/66 in favour needed, of the 130 members present and voting/)
      .waitFor();
    await chair.getByRole('button', { name: 'Close the vote' }).click();
    // The states that did not vote are recorded absent, so the console asks first.
    await chair.getByRole('dialog').getByRole('button', { name: 'Close the vote' }).click();
    const outcome = board.locator('[data-testid="outcome"]');
    // A Main Committee approves (a recommendation to the plenary): the board never says "Adopted" here.
    await outcome
      .getByText(/^Approved/)
      .first()
      .waitFor();
    assert.match(await outcome.innerText(), /111/);
    assert.doesNotMatch(await outcome.innerText(), /Adopted/);
    const recorded = (await readEvents(app.url, sessionId)).filter((e) => e.type === 'vote-recorded.v1');
    assert.deepEqual(
      recorded.map((e) => (e.data.decision as { outcome: string }).outcome),
      ['not-adopted', 'adopted'],
    );
    assert.equal(await board.locator('[data-testid="hall-board"] li').count(), 193);
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1366, height: 768 },
    ]) {
      await board.setViewportSize(size);
      await board.waitForTimeout(200);
      const fit = await board.evaluate(() => {
        const names = [...document.querySelectorAll('.hall-name')] as HTMLElement[];
        const clipped = names.filter(
          (n) => n.scrollWidth > n.clientWidth + 1 || n.getBoundingClientRect().right > n.closest('li')!.getBoundingClientRect().right + 1,
        );
        const overlapping = names.filter((n, i) => {
          const next = names[i + 1];
          if (!next) return false;
          const a = n.getBoundingClientRect();
          const b = next.getBoundingClientRect();
          return Math.abs(a.left - b.left) < 1 && a.bottom > b.top + 1;
        });
        const smallest = Math.min(...names.map((n) => parseFloat(getComputedStyle(n).fontSize)));
        return {
          scrolls: document.documentElement.scrollHeight > innerHeight + 1 || document.documentElement.scrollWidth > innerWidth + 1,
          clipped: clipped.map((n) => n.textContent),
          overlapping: overlapping.length,
          smallest,
          tall: [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().bottom > innerHeight + 5)
            .slice(0, 6)
            .map((e) => `${e.tagName}.${(e as HTMLElement).className}:${Math.round(e.getBoundingClientRect().bottom)}`),
          metrics: {
            scrollHeight: document.documentElement.scrollHeight,
            innerHeight,
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth,
          },
        };
      });
      await board.screenshot({ path: shot(`hall-board-${size.width}x${size.height}`), fullPage: true });
      assert.equal(
        fit.scrolls,
        false,
        `no scrolling at ${size.width}x${size.height} (${JSON.stringify(fit.metrics)} ${JSON.stringify(fit.tall)})`,
      );
      assert.deepEqual(fit.clipped, [], `every name whole at ${size.width}x${size.height}`);
      assert.equal(fit.overlapping, 0);
      assert.ok(fit.smallest >= 11, `names at least 11px at ${size.width}x${size.height} (${fit.smallest})`);
    }
  });

  /** The page delegations vote as `onPages` says; the API ones make up the tally. */
  async function vote(tally: { yes: number; no: number; abstain: number }, onPages: Record<string, 'yes' | 'no' | 'abstain'>) {
    for (const [code, ballot] of Object.entries(onPages)) {
      const page = pages.get(code)!;
      await page.locator(`button[data-ballot="${ballot}"]`).click();
      await page.locator(`[data-testid="my-ballot"][data-ballot="${ballot}"]`).waitFor();
    }
    const left = { ...tally };
    for (const b of Object.values(onPages)) left[b]--;
    const api = codes.filter((c) => !ON_PAGES.includes(c));
    let i = 0;
    for (const ballot of ['yes', 'no', 'abstain'] as const) {
      for (let n = 0; n < left[ballot]; n++) {
        const code = api[i++]!;
        const r = await command(tokens.get(code) ?? '', { type: 'cast-ballot', ballot });
        assert.equal(r.status, 200, `${code} ${ballot}: ${JSON.stringify(r.body)}`);
      }
    }
  }
});
