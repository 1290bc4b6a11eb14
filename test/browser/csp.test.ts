/**
 * The built web app runs under the server's content security policy with no violation and
 * no console error: every page, the live socket (a private meeting's token travels as a
 * subprotocol), the QR codes (data: images), and the API docs page. A private meeting's
 * board shows the public nothing but the notice.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, startApp, type RunningApp } from './harness.js';
import { postJson, waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe('the content security policy, in Chromium', { skip: skip ?? false, timeout: 120_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US' });
    // Record every violation the page reports, from before any script of the app runs.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  async function open(path: string, ready?: (page: Page) => Promise<void>, expectedErrors: RegExp[] = []): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() !== 'error' || expectedErrors.some((e) => e.test(m.text()))) return;
      problems.push(`${path}: console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    const response = await page.goto(`${app.url}${path}`);
    assert.ok(response?.headers()['content-security-policy']?.includes("script-src 'self'"), `${path} is served under the policy`);
    await (ready ? ready(page) : page.waitForLoadState('networkidle'));
    const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    problems.push(...violations.map((v) => `${path}: ${v}`));
    return page;
  }

  test('every page of the app, a private meeting followed live by its chair and a delegation, and the API docs: no violation', async () => {
    const created = await postJson(`${app.url}/api/sessions`, {
      date: '2017-12-11',
      title: 'Closed meeting on the DPRK',
      format: 'private',
    });
    assert.equal(created.status, 201);
    const { sessionId, chair, delegations } = created.body as {
      sessionId: string;
      chair: { url: string };
      delegations: { code: string; url: string }[];
    };

    await open('/');
    await open('/history');
    await open('/analysis');
    const console = await open(chair.url, waitLive);
    // The QR codes are data: images, fetched with the chair token.
    await console
      .locator('img[src^="data:image/svg+xml"]')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await open(delegations.find((d) => d.code === 'FRA')!.url, async (page) => {
      await page.waitForURL(/\/d\//);
      await waitLive(page);
    });
    // The board asks for the state once and is refused (the browser logs the 401); it must not try the socket.
    const board = await open(
      `/board/${sessionId}`,
      async (page) => {
        await page.getByText('This meeting is private').waitFor();
        await page.waitForLoadState('networkidle');
      },
      [/Failed to load resource: the server responded with a status of 401/],
    );
    assert.doesNotMatch(await board.content(), /Closed meeting on the DPRK/, 'the public board does not even show the title');
    await open('/api/docs', async (page) => {
      await page.getByRole('heading', { name: /council live-session API/ }).waitFor();
    });
    const publicSession = await postJson(`${app.url}/api/sessions`, { date: '2017-12-11', title: 'Open meeting' });
    await open(`/board/${publicSession.body.sessionId}`, waitLive);

    assert.deepEqual(problems, [], 'no content security policy violation or console error');
  });
});
