/**
 * Where the PostgreSQL tests find their database: env COUNCIL_TEST_PG_URL (start one
 * with `export COUNCIL_TEST_PG_URL="$(scripts/postgres.sh)"`). Unset, the PostgreSQL
 * tests are skipped with a message, except under CI=true, where they fail: CI must
 * never pass without having run them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

export const pgUrl: string | undefined = process.env.COUNCIL_TEST_PG_URL || undefined;

const SKIP = 'COUNCIL_TEST_PG_URL is unset: PostgreSQL tests skipped (start one: export COUNCIL_TEST_PG_URL="$(scripts/postgres.sh)")';

/** Run `body(url)` when a database is configured; else skip it (or fail under CI=true). */
export function withPostgres(what: string, body: (url: string) => void): void {
  if (pgUrl) return body(pgUrl);
  if (process.env.CI === 'true') {
    test(`${what}: PostgreSQL is required under CI=true`, () => {
      assert.fail('COUNCIL_TEST_PG_URL is unset but CI=true: run scripts/postgres.sh and export its URL');
    });
    return;
  }
  test(`${what}`, { skip: SKIP }, () => {});
}
