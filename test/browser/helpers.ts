/** Small helpers for the browser tests: accessibility checks, API calls, waiting on the app. */
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core (all its rules) on the page as it stands: no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  assert.deepEqual(bad, [], `axe found serious/critical violations on ${what}`);
}

export interface StoredEventLike {
  version: number;
  type: string;
  data: Record<string, unknown>;
}

export async function readEvents(baseUrl: string, sessionId: string): Promise<StoredEventLike[]> {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/events?after=0`);
  assert.equal(response.status, 200);
  const body = (await response.json()) as { events: StoredEventLike[] };
  return body.events;
}

export async function postJson(url: string, body: unknown, token?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

/** A delegation's identity as the app keeps it in localStorage. */
export async function storedIdentity(page: Page, sessionId: string): Promise<{ code: string; token: string }> {
  const raw = await page.evaluate((id) => localStorage.getItem(`council.delegation.${id}`), sessionId);
  assert.ok(raw, 'the delegation identity is kept in localStorage');
  return JSON.parse(raw) as { code: string; token: string };
}

/** Wait until the page's event stream says it is live. */
export async function waitLive(page: Page): Promise<void> {
  await page.locator('[data-testid="connection"][data-status="live"]').waitFor({ timeout: 15_000 });
}
