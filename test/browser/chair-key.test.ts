/**
 * The President's key travels (issue 10): after creating a meeting the console shows its
 * own secret link and QR code; that link opens a working console in a second browser
 * context; a console without the key says so at the top with every control disabled; a
 * co-chair link chairs until the President revokes it; closing the meeting asks first.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible, waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

describe("the President's key, in Chromium", { skip: skip ?? false, timeout: 180_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let chair: Page;
  let secretLink = '';
  let consoleUrl = '';

  const newPage = async (viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ locale: 'en-US', viewport });
    contexts.push(context);
    return context.newPage();
  };
  /** Every button of the console (not the page's banner) is disabled. */
  const allDisabled = async (page: Page) =>
    page
      .locator('.console-lock button')
      .evaluateAll((buttons) => buttons.length > 0 && buttons.every((b) => (b as HTMLButtonElement).matches(':disabled')));

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    chair = await newPage();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });

  test('after creating a meeting the console shows its own secret link and QR code', async () => {
    await chair.goto(`${app.url}/`);
    await chair.getByLabel('Date of the meeting').fill('2017-12-11');
    await chair.getByRole('button', { name: 'Create the meeting' }).click();
    await chair.waitForURL(/\/chair\//);
    await waitLive(chair);
    consoleUrl = chair.url();
    const key = chair.getByRole('region', { name: 'Open this console on another device' });
    await key.waitFor();
    secretLink = await key.getByTestId('secret-link').inputValue();
    const sessionId = new URL(consoleUrl).pathname.split('/')[2]!;
    assert.match(secretLink, new RegExp(`^${app.url}/chair/${sessionId}#[A-Za-z0-9_-]{43}$`));
    assert.equal(new URL(consoleUrl).hash, '', 'the key is wiped from the address bar');
    await key.getByTestId('console-qr').waitFor();
    assert.match((await key.getByTestId('console-qr').getAttribute('src')) ?? '', /^data:image\/svg\+xml/);
    await chair.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await key.getByRole('button', { name: 'Copy the link' }).click();
    await key.getByText('Copied.').waitFor();
    assert.equal(await chair.evaluate(() => navigator.clipboard.readText()), secretLink);
    await expectAccessible(chair, 'the console with its key panel');
    await chair.screenshot({ path: shot('chair-key'), fullPage: true });
  });

  test('a console opened without the key says so at the top and disables every control', async () => {
    const stranger = await newPage({ width: 390, height: 844 });
    await stranger.goto(consoleUrl);
    await waitLive(stranger);
    const notice = stranger.getByTestId('no-key');
    await notice.waitFor();
    assert.match(await notice.innerText(), /does not hold the President's key/);
    const noticeTop = (await notice.boundingBox())!.y;
    const summaryTop = (await stranger.locator('.summary').boundingBox())!.y;
    assert.ok(noticeTop < summaryTop, 'the notice comes before the meeting');
    assert.ok(await allDisabled(stranger), 'every console button is disabled');
    assert.equal(await stranger.getByRole('region', { name: 'Open this console on another device' }).count(), 0);
    await expectAccessible(stranger, 'the console without a key');
    await stranger.screenshot({ path: shot('chair-no-key-390'), fullPage: true });
  });

  test('the secret link opens a working console in a second browser context', async () => {
    const second = await newPage({ width: 390, height: 844 });
    await second.goto(secretLink);
    await waitLive(second);
    assert.equal(await second.getByTestId('no-key').count(), 0);
    await second.getByRole('button', { name: 'Call the meeting to order' }).click();
    // Both consoles follow the session: the first sees the meeting opened from the second.
    await chair.getByTestId('phase').getByText('In session').waitFor();
    await second.getByTestId('phase').getByText('In session').waitFor();
  });

  test('a co-chair link chairs until the President revokes it', async () => {
    const key = chair.getByRole('region', { name: 'Open this console on another device' });
    await key.getByLabel('Who will hold it (optional)').fill('Vice-chair');
    await key.getByRole('button', { name: 'Issue a co-chair link' }).click();
    const link = await key.getByLabel('The new co-chair link (shown once)').inputValue();
    assert.notEqual(link, secretLink);
    // Its own QR code, copyable and printable like the console's own link.
    const coQr = key.getByRole('img', { name: 'QR code of the new co-chair link' });
    await coQr.waitFor();
    assert.match((await coQr.getAttribute('src')) ?? '', /^data:image\/svg\+xml/);
    assert.notEqual(await coQr.getAttribute('src'), await key.getByTestId('console-qr').getAttribute('src'));
    assert.equal(await key.getByRole('button', { name: 'Print the link' }).count(), 2);
    await expectAccessible(chair, 'the key panel with a co-chair QR code');
    // Printed, the co-chair link stands alone: its QR code shows, the President's own link does not.
    await chair.emulateMedia({ media: 'print' });
    await chair.evaluate(() => document.body.classList.add('printing-key', 'printing-co-chair'));
    assert.ok(await coQr.isVisible(), 'the co-chair QR code prints');
    assert.equal(await key.getByTestId('console-qr').isVisible(), false, "the President's QR code does not");
    await chair.evaluate(() => document.body.classList.remove('printing-key', 'printing-co-chair'));
    await chair.emulateMedia({ media: 'screen' });
    const coChair = await newPage();
    await coChair.goto(link);
    await waitLive(coChair);
    await coChair.getByText('opened from a co-chair link').waitFor();
    assert.equal(await coChair.getByRole('button', { name: 'Issue a co-chair link' }).count(), 0);
    await coChair.getByRole('button', { name: 'Suspend' }).click();
    await chair.getByRole('button', { name: 'Resume' }).waitFor();

    await key.getByRole('button', { name: 'Revoke the co-chair link of Vice-chair' }).click();
    await key.getByText('Vice-chair').waitFor({ state: 'detached' });
    await coChair.reload();
    await waitLive(coChair);
    await coChair.getByTestId('no-key').getByText('was revoked').waitFor();
    assert.ok(await allDisabled(coChair));
  });

  test('closing the meeting asks for confirmation; cancelling changes nothing', async () => {
    await chair.getByRole('button', { name: 'Resume' }).click();
    await chair.getByTestId('phase').getByText('In session').waitFor();
    await chair.getByRole('button', { name: 'Close the meeting' }).click();
    const dialog = chair.getByRole('dialog', { name: 'Close the meeting?' });
    await dialog.waitFor();
    await expectAccessible(chair, 'the confirmation dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await chair.waitForTimeout(300);
    await chair.getByTestId('phase').getByText('In session').waitFor();
    await chair.getByRole('button', { name: 'Close the meeting' }).click();
    await dialog.getByRole('button', { name: 'Close the meeting' }).click();
    await chair
      .getByTestId('phase')
      .getByText(/Closed/)
      .waitFor();
  });
});
