/**
 * Issue 10, done when: a session chaired from the console with phones and the board. A
 * delegation asks for the floor from its phone, the chair gives it for 60 s, the board and
 * two phones show the same countdown (within 1 s, after a reload too); a motion to suspend
 * is moved from a phone and voted; a straw poll runs; a note reaches the chair and nobody
 * else; the chair's secret link opens a working console in a second browser context.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible, postJson, readEvents, waitLive } from './helpers.js';
import { measureFit } from './fit.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe('chairing a session with phones and the board, in Chromium', { skip: skip ?? false, timeout: 240_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let chair: Page;
  let board: Page;
  let france: Page;
  let china: Page;
  let sessionId = '';
  let chairToken = '';
  const tokens = new Map<string, string>();

  const newPage = async (viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ locale: 'en-US', viewport });
    contexts.push(context);
    return context.newPage();
  };
  const command = async (token: string, body: Record<string, unknown>) => {
    const r = await postJson(`${app.url}/api/sessions/${sessionId}/commands`, { id: `${body.type}-${Math.random()}`, ...body }, token);
    assert.equal(r.status, 200, JSON.stringify(r.body));
  };
  const remaining = (page: Page) => page.getByTestId('floor-countdown').getAttribute('data-remaining').then(Number);

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const created = await postJson(`${app.url}/api/sessions`, {
      date: '2017-12-11',
      title: 'Non-proliferation',
      item: 'Non-proliferation',
    });
    assert.equal(created.status, 201);
    sessionId = created.body.sessionId;
    chairToken = created.body.chair.token;
    chair = await newPage();
    await chair.goto(`${app.url}${created.body.chair.url}`);
    await waitLive(chair);
    board = await newPage({ width: 1366, height: 768 });
    await board.goto(`${app.url}/board/${sessionId}`);
    await waitLive(board);
    for (const d of created.body.delegations as { code: string; joinCode: string; url: string }[]) {
      if (d.code === 'FRA' || d.code === 'CHN') {
        const page = await newPage({ width: 390, height: 844 });
        await page.goto(`${app.url}${d.url}`);
        await page.waitForURL(/\/d\//);
        await waitLive(page);
        if (d.code === 'FRA') france = page;
        else china = page;
      } else {
        tokens.set(d.code, (await postJson(`${app.url}/api/join`, { joinCode: d.joinCode })).body.token);
      }
    }
    await command(chairToken, { type: 'open-meeting' });
    await command(chairToken, { type: 'propose-agenda', items: [{ title: 'Non-proliferation' }] });
    await command(chairToken, { type: 'adopt-agenda' });
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });

  test('France asks for the floor from its phone; the chair gives it for 60 s; board and phones count down together', async () => {
    await france.getByRole('button', { name: 'Ask for the floor' }).click();
    const list = chair.locator('.speakers-editable');
    await list.getByText('France').waitFor();
    await chair.getByLabel('Time limit').selectOption({ label: '60 s' });
    await chair.getByRole('button', { name: 'Give the floor to France' }).click();
    await france.getByText('You have the floor').waitFor();
    await china.getByText('France has the floor').waitFor();
    await board.getByText('France has the floor').waitFor();
    const read = async () => Promise.all([remaining(board), remaining(france), remaining(china), remaining(chair)]);
    const first = await read();
    assert.ok(Math.max(...first) - Math.min(...first) <= 1, `countdowns agree: ${first}`);
    assert.ok(
      first.every((s) => s > 50 && s <= 60),
      `about a minute left: ${first}`,
    );
    // A reload (and so a new connection and a fresh clock offset) keeps the same countdown.
    await china.reload();
    await waitLive(china);
    await china.getByTestId('floor-countdown').waitFor();
    await china.waitForTimeout(1200);
    const second = await read();
    assert.ok(Math.max(...second) - Math.min(...second) <= 1, `countdowns agree after a reload: ${second}`);
    assert.ok(second[0]! < first[0]!, 'time passes');
    await board.screenshot({ path: shot('chairing-board-floor') });
    await france.screenshot({ path: shot('chairing-phone-floor-390'), fullPage: true });
    await expectAccessible(france, "the speaker's phone");
    // France ends its statement from its phone: the floor is free everywhere.
    await france.getByRole('button', { name: 'End my statement' }).click();
    await board.getByTestId('floor').waitFor({ state: 'detached' });
    const made = (await readEvents(app.url, sessionId)).filter((e) => e.type === 'statement-made.v1');
    assert.equal(made.at(-1)!.data.speaker, 'FRA');
  });

  test('a point of order from a phone reaches the chair, who hears it', async () => {
    await china.getByRole('button', { name: 'Point of order' }).click();
    const point = chair.getByTestId('point');
    await point.getByText('Point of order: China').waitFor();
    await point.getByRole('button', { name: 'Hear it' }).click();
    await point.waitFor({ state: 'detached' });
  });

  test('China moves to suspend from its phone; the chair puts it to the vote; the meeting is suspended', async () => {
    await china.getByLabel('Motion', { exact: true }).selectOption('suspend');
    await china.getByRole('button', { name: 'Move the motion' }).click();
    const motion = chair.getByTestId('motion');
    await motion.getByText('Motion to suspend the meeting, moved by China').waitFor();
    await motion.getByRole('button', { name: 'Put to the vote' }).click();
    await france.getByRole('button', { name: /^Yes/ }).click();
    await china.getByRole('button', { name: /^Yes/ }).click();
    for (const [code, token] of tokens) await command(token, { type: 'cast-ballot', ballot: code === 'RUS' ? 'no' : 'yes' });
    await chair.getByText('Every member has voted.').waitFor();
    await chair.getByRole('button', { name: 'Close the vote' }).click();
    await board.getByTestId('outcome').getByText('Adopted 14-1-0, procedural').waitFor();
    await chair.getByTestId('phase').getByText('Suspended').waitFor();
    const decided = (await readEvents(app.url, sessionId)).find((e) => e.type === 'motion-decided.v1');
    assert.equal(decided?.data.status, 'adopted');
    await chair.getByRole('button', { name: 'Resume' }).click();
    await chair.getByTestId('phase').getByText('In session').waitFor();
  });

  test('a draft with text, co-sponsored from a phone; an amendment to an operative paragraph is voted before it', async () => {
    await chair.getByRole('button', { name: 'Table a draft resolution' }).click();
    await chair.getByLabel('Symbol').fill('S/2017/900');
    await chair.getByLabel('Title', { exact: true }).fill('Non-proliferation');
    await chair.getByLabel('Preambular paragraphs (one a line)').fill('Recalling its previous resolutions,');
    await chair
      .getByLabel('Operative paragraphs (one a line)')
      .fill('Decides to remain seized of the matter;\nRequests a report within 90 days;');
    await chair.getByRole('button', { name: 'Table the draft' }).click();
    // China reads the text on its phone and signs on.
    await china.getByTestId('draft-text').getByText('Requests a report within 90 days;').waitFor();
    await china.getByRole('button', { name: 'Co-sponsor S/2017/900' }).click();
    await chair.getByTestId('cosponsors').getByText('Co-sponsors: China').waitFor();

    await chair.getByLabel('Paragraph', { exact: true }).selectOption({ label: 'Operative paragraph 2' });
    await chair.getByLabel('New wording').fill('Requests a report within 60 days;');
    await chair.getByRole('button', { name: 'Table the amendment' }).click();
    // The draft cannot be voted first: the engine refuses (Rule 36), the console says why.
    await chair.getByRole('combobox', { name: 'Draft resolution' }).selectOption({ label: 'S/2017/900' });
    await chair.getByRole('button', { name: 'Call the vote' }).click();
    await chair
      .locator('.error')
      .getByText(/must be voted before/)
      .waitFor();
    await chair
      .getByRole('combobox', { name: 'Draft resolution' })
      .selectOption({ label: 'Amendment to operative paragraph 2 of S/2017/900' });
    await chair.getByRole('button', { name: 'Call the vote' }).click();
    // The phones show the paragraph under vote and the proposed wording.
    await france.getByTestId('paragraph-under-vote').getByText('Requests a report within 90 days;').waitFor();
    await france
      .getByTestId('amendment-proposal')
      .getByText(/within 60 days/)
      .waitFor();
    await france.screenshot({ path: shot('chairing-phone-amendment-390'), fullPage: true });
    const voteAll = async () => {
      await france.getByRole('button', { name: /^Yes/ }).click();
      await china.getByRole('button', { name: /^Yes/ }).click();
      for (const token of tokens.values()) await command(token, { type: 'cast-ballot', ballot: 'yes' });
      await chair.getByText('Every member has voted.').waitFor();
      await chair.getByRole('button', { name: 'Close the vote' }).click();
    };
    await voteAll();
    await board
      .getByTestId('outcome')
      .getByText(/^Adopted 15-0-0/)
      .waitFor();
    await chair.getByTestId('draft-text').getByText('Requests a report within 60 days;').waitFor();
    await chair.getByRole('combobox', { name: 'Draft resolution' }).selectOption({ label: 'S/2017/900' });
    await chair.getByRole('button', { name: 'Call the vote' }).click();
    await voteAll();
    await chair
      .getByTestId('outcome')
      .getByText(/^Adopted 15-0-0/)
      .waitFor();
    const decided = (await readEvents(app.url, sessionId)).filter((e) => e.type === 'draft-decided.v1').map((e) => e.data.draftId);
    assert.equal(decided.length, 2);
    assert.match(String(decided[0]), /^amendment-/, 'the amendment was decided first');
    const record = await (await fetch(`${app.url}/api/sessions/${sessionId}/export.md`)).text();
    assert.match(record, /Text adopted \(S\/2017\/900\): Non-proliferation/);
    assert.match(record, /2\. Requests a report within 60 days;/);
  });

  test('France asks from its phone for a separate vote on a paragraph (Rule 32); the part is voted, then the rest as a whole', async () => {
    await command(chairToken, {
      type: 'submit-draft',
      draftId: 'verification',
      symbol: 'S/2017/901',
      title: 'Verification',
      sponsors: [],
      operative: ['Welcomes the report of the Secretary-General;', 'Decides to send a verification mission;'],
    });
    await france.getByRole('checkbox', { name: /Operative paragraph 2/ }).check();
    await france.getByRole('button', { name: 'Ask for a separate vote' }).click();
    await chair.getByText('France asked for a separate vote on Operative paragraph 2 of S/2017/901.').waitFor();
    // The text cannot be voted whole while the request stands (Rule 32).
    await chair.getByRole('combobox', { name: 'Draft resolution' }).selectOption({ label: 'S/2017/901' });
    await chair.getByRole('button', { name: 'Call the vote' }).click();
    await chair
      .locator('.error')
      .getByText(/the request for its division is decided first/)
      .waitFor();
    // The console at phone width, with the division before it.
    await chair.setViewportSize({ width: 390, height: 844 });
    await chair.screenshot({ path: shot('chairing-console-division-390'), fullPage: true });
    const consoleFit = await measureFit(chair);
    assert.ok(consoleFit.scrollWidth <= 390, `the console scrolls sideways: ${consoleFit.scrollWidth}`);
    assert.deepEqual([consoleFit.smallText, consoleFit.smallTargets], [[], []]);
    await expectAccessible(chair, 'the console with a division requested');
    await chair.setViewportSize({ width: 1280, height: 900 });
    await chair.getByRole('button', { name: 'No objection: take the division as agreed' }).click();
    await chair.getByRole('button', { name: 'Vote separately on Operative paragraph 2' }).click();
    // The phones mark the paragraph under the separate vote.
    const marked = france.getByTestId('paragraph-under-vote');
    await marked.getByText('Decides to send a verification mission;').waitFor();
    await marked.getByText('Under separate vote:').waitFor();
    await france.screenshot({ path: shot('chairing-phone-division-390'), fullPage: true });
    const fit = await measureFit(france);
    assert.ok(fit.scrollWidth <= 390, `the phone scrolls sideways: ${fit.scrollWidth}`);
    assert.deepEqual([fit.smallText, fit.smallTargets], [[], []]);
    await expectAccessible(france, 'the phone with a paragraph under a separate vote');
    // China votes against the paragraph: a part of a non-procedural draft is non-procedural, so that is a veto.
    await france.getByRole('button', { name: /^Yes/ }).click();
    await china.getByRole('button', { name: /^No/ }).click();
    for (const token of tokens.values()) await command(token, { type: 'cast-ballot', ballot: 'yes' });
    await chair.getByText('Every member has voted.').waitFor();
    await chair.getByRole('button', { name: 'Close the vote' }).click();
    await board
      .getByTestId('outcome')
      .getByText(/^Not adopted 14-1-0/)
      .waitFor();
    // The rejected paragraph leaves the text the meeting sees.
    await chair.getByText('Decides to send a verification mission;').waitFor({ state: 'detached' });
    await expectAccessible(chair, 'the console after a separate vote');
    // What is left is voted as a whole.
    await chair.getByRole('combobox', { name: 'Draft resolution' }).selectOption({ label: 'S/2017/901' });
    await chair.getByRole('button', { name: 'Call the vote' }).click();
    await france.getByRole('button', { name: /^Yes/ }).click();
    await china.getByRole('button', { name: /^Yes/ }).click();
    for (const token of tokens.values()) await command(token, { type: 'cast-ballot', ballot: 'yes' });
    await chair.getByText('Every member has voted.').waitFor();
    await chair.getByRole('button', { name: 'Close the vote' }).click();
    await chair
      .getByTestId('outcome')
      .getByText(/^Adopted 15-0-0/)
      .waitFor();
    const events = await readEvents(app.url, sessionId);
    const part = events.find((e) => e.type === 'part-decided.v1');
    assert.deepEqual([part?.data.part, part?.data.retained], [{ part: 'operative', index: 1 }, false]);
    const record = await (await fetch(`${app.url}/api/sessions/${sessionId}/export.md`)).text();
    assert.match(record, /France asked that operative paragraph 2 be voted on separately \(Rule 32\)/);
    assert.match(record, /Voted separately, operative paragraph 2 was not retained: “Decides to send a verification mission;”/);
    const adopted = record.slice(record.indexOf('Text adopted (S/2017/901)'));
    assert.match(adopted, /1\. Welcomes the report of the Secretary-General;/);
    assert.doesNotMatch(adopted, /verification mission/);
  });

  test('a straw poll: labelled non-binding everywhere, answered from phones, never a decision', async () => {
    const straw = chair.getByRole('region', { name: 'Straw poll' });
    await straw.getByLabel('Question', { exact: true }).fill('Meet again on Friday?');
    await straw.getByRole('button', { name: 'Open the straw poll' }).click();
    await france.getByText('Straw poll — non-binding, not a decision').waitFor();
    await france.locator('.card', { hasText: 'Meet again on Friday?' }).getByRole('button', { name: 'Yes' }).click();
    await china.locator('.card', { hasText: 'Meet again on Friday?' }).getByRole('button', { name: 'No' }).click();
    const counts = board.getByTestId('straw-counts');
    await counts.getByText('Yes: 1').waitFor();
    await counts.getByText('No: 1').waitFor();
    await board.getByText('Straw poll — non-binding, not a decision').waitFor();
    await chair.getByRole('button', { name: 'Close the straw poll' }).click();
    await chair.getByText('Straw poll closed — non-binding, not a decision').waitFor();
    const record = await (await fetch(`${app.url}/api/sessions/${sessionId}/export.md`)).text();
    assert.ok(!record.includes('Meet again on Friday'), 'the record lists no straw poll as a decision');
  });

  test('a note from France reaches the chair and nobody else', async () => {
    const secret = 'We will ask for a recorded vote — keep this private';
    await france.getByLabel('Note', { exact: true }).fill(secret);
    await france.getByRole('button', { name: 'Send the note' }).click();
    await chair.getByTestId('notes').getByText(secret).waitFor();
    await france.getByTestId('notes').getByText(secret).waitFor();
    await china.waitForTimeout(500);
    for (const page of [china, board]) assert.ok(!(await page.content()).includes(secret), "not on China's phone nor the board");
    const events = JSON.stringify(await readEvents(app.url, sessionId));
    assert.ok(!events.includes(secret));
    assert.ok(!(await (await fetch(`${app.url}/api/sessions/${sessionId}/export.json`)).text()).includes(secret));
    await chair.screenshot({ path: shot('chairing-console'), fullPage: true });
    await expectAccessible(chair, 'the console with notes, motions and a straw poll');
  });

  test("the chair's secret link opens a working console in a second browser context", async () => {
    const link = await chair.getByTestId('secret-link').inputValue();
    const second = await newPage();
    await second.goto(link);
    await waitLive(second);
    assert.equal(await second.getByTestId('no-key').count(), 0);
    await second
      .getByRole('button', { name: 'Give the floor to' })
      .first()
      .waitFor({ state: 'attached' })
      .catch(() => {});
    await second.getByLabel('Another speaker').selectOption({ label: 'China' });
    await second.getByRole('button', { name: 'Add to the list' }).click();
    await chair.locator('.speakers-editable').getByText('China').waitFor();
  });
});
