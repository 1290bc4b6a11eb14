/**
 * Issue 14, "Done when": on her phone Australia's delegation writes to the Secretary-General
 * asking circulation "as a document of the General Assembly, under agenda item 68, and of the
 * Security Council"; the chair, acting as the Secretariat, issues it under one joint symbol
 * (A/69/624–S/2014/873, counters set as the real record's); the document appears on France's
 * phone under both organs, and its HTML prints the UN masthead.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible, postJson, waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

const JOINT = 'A/69/624\u2013S/2014/873';
const TITLE =
  'Letter dated 25 November 2014 from the Permanent Representative of Australia to the United Nations addressed to the Secretary-General';

describe('a letter submitted on a phone, issued by the chair under a joint symbol, circulated to every phone', {
  skip: skip ?? false,
  timeout: 180_000,
}, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const newPage = async (viewport: { width: number; height: number }) => {
    const context = await browser.newContext({ locale: 'en-US', viewport });
    contexts.push(context);
    return context.newPage();
  };
  const joinOn = async (page: Page, url: string, sessionId: string) => {
    await page.goto(`${app.url}${url}`);
    await page.waitForURL(new RegExp(`/d/${sessionId}$`));
    await waitLive(page);
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

  test('submit, issue, circulate, print', async () => {
    const created = await postJson(`${app.url}/api/sessions`, { date: '2014-11-25', title: 'The situation in the DPRK' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { sessionId, chair, delegations } = created.body as {
      sessionId: string;
      chair: { url: string };
      delegations: { code: string; url: string }[];
    };
    const urlOf = (code: string) => delegations.find((d) => d.code === code)!.url;

    // The chair starts each series where the real record went on from.
    const console_ = await newPage({ width: 1366, height: 768 });
    await console_.goto(`${app.url}${chair.url}`);
    await waitLive(console_);
    const numbering = console_.getByRole('form', { name: 'Set where a series goes on from' });
    for (const [series, next] of [
      ['A/69', '624'],
      ['S/2014', '873'],
    ] as const) {
      await numbering.getByLabel('Series').fill(series);
      await numbering.getByLabel('Next number').fill(next);
      await numbering.getByRole('button', { name: 'Set' }).click();
      await console_.getByText(`${series}: next number ${next}`).waitFor();
    }

    // Australia writes from its phone.
    const australia = await newPage({ width: 390, height: 844 });
    await joinOn(australia, urlOf('AUS'), sessionId);
    await australia.getByRole('button', { name: 'Submit a letter' }).click();
    await australia.getByLabel('Addressed to', { exact: true }).selectOption('secretary-general');
    await australia.getByLabel(/^Title/).fill(TITLE);
    await australia
      .getByLabel(/^Text/)
      .fill(
        'I have the honour to transmit herewith a statement on the situation of human rights.\n\nI should be grateful if the present letter and its annex could be circulated as a document of the General Assembly, under agenda item 68, and of the Security Council.',
      );
    await australia.getByLabel(/^Annex/).fill('Statement of the Government of Australia.');
    await australia.getByLabel('Signed by', { exact: true }).fill('Gary Quinlan');
    await australia.getByLabel('of the General Assembly, under an agenda item').check();
    await australia.getByLabel('Agenda item number').fill('68');
    await australia.getByLabel('Agenda item title').fill('Promotion and protection of human rights');
    await expectAccessible(australia, 'the letter form on a phone');
    await australia.getByTestId('documents').screenshot({ path: shot('documents-letter-form-390') });
    await australia.getByRole('button', { name: 'Submit the letter' }).click();
    await australia.getByText(`Awaiting issue: ${TITLE}`).waitFor();

    // The chair issues it: both series ticked from the request, with the symbols they give next.
    const awaiting = console_.getByTestId('chair-documents').locator('li', { hasText: TITLE });
    await awaiting.getByRole('button', { name: 'Issue', exact: true }).click();
    const form = awaiting.getByRole('form', { name: 'How to issue it' });
    await form.getByText('next: A/69/624').waitFor();
    await form.getByText('next: S/2014/873').waitFor();
    await expectAccessible(console_, 'the console with the issue form');
    await console_.getByTestId('chair-documents').screenshot({ path: shot('documents-console-issue-1366') });
    await form.getByRole('button', { name: 'Issue the document' }).click();
    const consoleList = console_.getByTestId('chair-documents');
    await consoleList.locator('.document-symbol', { hasText: JOINT }).first().waitFor();
    await console_.getByText('A/69: next number 625').waitFor();
    await console_.getByText('S/2014: next number 874').waitFor();

    // France, another delegation, sees it on its phone under both organs.
    const france = await newPage({ width: 390, height: 844 });
    await joinOn(france, urlOf('FRA'), sessionId);
    const documents = france.getByTestId('documents');
    for (const organ of ['security-council', 'general-assembly']) {
      assert.equal(await documents.getByTestId(`documents-${organ}`).locator('.document-symbol').innerText(), JOINT);
    }
    await documents.getByText(TITLE).first().waitFor();
    await documents.getByText('Distr.: General').first().waitFor();
    await expectAccessible(france, 'the documents list on a phone');
    await documents.scrollIntoViewIfNeeded();
    await documents.screenshot({ path: shot('documents-phone-390') });
    await france.setViewportSize({ width: 1366, height: 768 });
    await documents.scrollIntoViewIfNeeded();
    await france.screenshot({ path: shot('documents-phone-1366') });
    // Australia's letter is no longer waiting.
    await australia.getByText(`Awaiting issue: ${TITLE}`).waitFor({ state: 'detached' });

    // The HTML link opens the document in the UN layout.
    const href = await documents
      .getByRole('link', { name: `${JOINT} as HTML` })
      .first()
      .getAttribute('href');
    assert.ok(href);
    const printed = await newPage({ width: 390, height: 844 });
    await printed.goto(`${app.url}${href}`);
    for (const text of [
      'General Assembly',
      'Security Council',
      JOINT,
      'Distr.: General',
      'Sixty-ninth session',
      'Agenda item 68',
      'Sixty-ninth year',
      'Gary Quinlan',
      'Annex to the letter dated 25 November 2014',
    ]) {
      await printed.getByText(text, { exact: false }).first().waitFor();
    }
    await printed.screenshot({ path: shot('document-issued-390'), fullPage: true });
    await printed.setViewportSize({ width: 1366, height: 768 });
    await printed.screenshot({ path: shot('document-issued-1366'), fullPage: true });
    const pdfHref = await documents
      .getByRole('link', { name: `${JOINT} as PDF` })
      .first()
      .getAttribute('href');
    const pdf = await fetch(`${app.url}${pdfHref}`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  });

  test("a private meeting's document opens on a participant's phone with its token, and is refused to the public", async () => {
    const created = await postJson(`${app.url}/api/sessions`, { date: '2014-11-25', title: 'A private meeting', format: 'private' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { sessionId, chair, delegations } = created.body as {
      sessionId: string;
      chair: { token: string };
      delegations: { code: string; joinCode: string; url: string }[];
    };
    const aus = await postJson(`${app.url}/api/join`, { joinCode: delegations.find((d) => d.code === 'AUS')!.joinCode });
    const commands = `${app.url}/api/sessions/${sessionId}/commands`;
    const submitted = await postJson(
      commands,
      {
        id: 'p1',
        type: 'submit-communication',
        communicationId: 'l1',
        addressee: 'president-of-the-council',
        title: 'Letter dated 25 November 2014 from Australia',
        paragraphs: ['A private matter.'],
        circulation: { council: true },
      },
      aus.body.token,
    );
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    const issued = await postJson(
      commands,
      { id: 'p2', type: 'issue-document', documentId: 'doc1', of: { kind: 'communication', communicationId: 'l1' } },
      chair.token,
    );
    assert.equal(issued.status, 200, JSON.stringify(issued.body));
    assert.equal((await fetch(`${app.url}/api/sessions/${sessionId}/documents/doc1.html`)).status, 401, 'the public may not read it');

    const france = await newPage({ width: 390, height: 844 });
    await joinOn(france, delegations.find((d) => d.code === 'FRA')!.url, sessionId);
    const documents = france.getByTestId('documents');
    await documents.locator('.document-symbol', { hasText: 'S/2014/1' }).waitFor();
    const [tab] = await Promise.all([
      france.context().waitForEvent('page'),
      documents.getByRole('link', { name: 'S/2014/1 as HTML' }).click(),
    ]);
    await tab.getByText('A private matter.').waitFor();
    await tab.getByText('Distr.: General').waitFor();
  });
});
