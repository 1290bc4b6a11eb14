/** What each format makes public (Rules 48, 55; spec R40-R43). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MEETING_FORMATS, publication, publishedToPublic } from '../../src/rules/security-council/index.js';

test('private meetings and consultations are followed by participants only; public and Arria meetings by anyone', () => {
  assert.deepEqual(
    MEETING_FORMATS.map((f) => [f, publication(f).participantsOnly]),
    [
      ['public', false],
      ['private', true],
      ['consultations', true],
      ['arria', false],
    ],
  );
  assert.ok(publication('private').rules.includes('Rule 55'));
  assert.ok(publication('consultations').rules.includes('spec R42'));
});

test('Rule 55: a private meeting publishes its communiqué at its close, not before; consultations publish nothing', () => {
  for (const phase of ['pending', 'scheduled', 'open', 'suspended', 'adjourned'])
    assert.equal(publishedToPublic('private', phase), null, phase);
  assert.equal(publishedToPublic('private', 'closed'), 'communique');
  assert.equal(publishedToPublic('consultations', 'closed'), null);
  // Open meetings are public in full; nothing is "published" in place of the proceedings.
  assert.equal(publishedToPublic('public', 'closed'), null);
});
