import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type DelegationCredentials, issueCredentials, readCredentials, unseal } from '../../src/server/credentials.js';
import { hashSecret, JOIN_CODE_PATTERN, newJoinCode, newToken, normalizeJoinCode, sameHash } from '../../src/server/tokens.js';

test('tokens carry at least 128 random bits and never repeat', () => {
  const tokens = new Set(Array.from({ length: 2000 }, newToken));
  assert.equal(tokens.size, 2000);
  for (const t of tokens) {
    assert.match(t, /^[A-Za-z0-9_-]+$/);
    assert.ok(Buffer.from(t, 'base64url').length * 8 >= 128);
  }
});

test('join codes are 12 base32 characters and use the whole alphabet', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 500; i++) {
    const code = newJoinCode();
    assert.match(code, JOIN_CODE_PATTERN);
    for (const ch of code) seen.add(ch);
  }
  assert.equal(seen.size, 32);
});

test('a join code typed by hand (lower case, dashes, spaces) normalises to itself', () => {
  fc.assert(
    fc.property(fc.constantFrom(...Array.from({ length: 50 }, newJoinCode)), fc.boolean(), (code, spaced) => {
      const typed = spaced ? `${code.slice(0, 4)} ${code.slice(4, 8)}-${code.slice(8)}`.toLowerCase() : code.toLowerCase();
      assert.equal(normalizeJoinCode(typed), code);
    }),
  );
});

test('issued credentials store hashes and sealed secrets only, and open with the right keys', () => {
  const { record, secrets } = issueCredentials(['USA', 'FRA']);
  const stored = JSON.stringify(record);
  assert.ok(!stored.includes(secrets.chairToken));
  for (const d of secrets.delegations) {
    assert.ok(!stored.includes(d.token), 'token in clear');
    assert.ok(!stored.includes(d.joinCode), 'join code in clear');
  }
  const parsed = readCredentials(record);
  assert.ok(parsed);
  assert.ok(sameHash(parsed.chair, hashSecret(secrets.chairToken)));
  for (const d of secrets.delegations) {
    const entry: DelegationCredentials | undefined = parsed.delegations.find((x) => x.code === d.code);
    assert.ok(entry);
    assert.equal(unseal(entry.sealedToken, d.joinCode), d.token);
    assert.equal(unseal(entry.sealedJoinCode, secrets.chairToken), d.joinCode);
    assert.equal(unseal(entry.sealedToken, newJoinCode()), undefined, 'a wrong join code opens nothing');
    assert.equal(unseal(entry.sealedJoinCode, newToken()), undefined, 'a wrong chair token opens nothing');
  }
});

test('malformed credentials are not accepted', () => {
  const { record } = issueCredentials(['USA']);
  assert.equal(readCredentials(undefined), undefined);
  assert.equal(readCredentials({ ...record, scheme: 'other' }), undefined);
  assert.equal(readCredentials({ ...record, 'token:USA': 'not-a-hash' }), undefined);
  const { 'sealed:USA': _gone, ...withoutSeal } = record;
  assert.equal(readCredentials(withoutSeal), undefined);
});
