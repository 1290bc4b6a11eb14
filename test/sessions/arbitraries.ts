/** fast-check arbitraries for session commands: plausible-looking, a mix of valid and invalid. */
import fc from 'fast-check';
import { COMMAND_TYPES, CommandSchema } from '../../src/protocol/commands.js';
import { COMMAND_ERROR_CODES } from '../../src/protocol/errors.js';
import { COUNCIL_2014 } from './helpers.js';

export const KNOWN = new Set<string>(COMMAND_ERROR_CODES);
const codes = fc.constantFrom(...COUNCIL_2014, 'PRK', 'UKR', 'usa', '');
const actor = fc.oneof(
  fc.constant({ role: 'chair' }),
  fc.constant({ role: 'system' }),
  codes.map((code) => ({ role: 'delegation', code })),
  fc.constant({ role: 'judge' }),
);
const ballot = fc.constantFrom('yes', 'no', 'abstain', 'non-participation', 'absent', 'maybe');
const subject = fc.oneof(
  fc.constant({ kind: 'agenda' }),
  fc.constant({ kind: 'other' }),
  fc.constantFrom('d1', 'd2', 'x').map((draftId) => ({ kind: 'draft', draftId })),
  codes.map((invitee) => ({ kind: 'invitation', invitee })),
  fc
    .tuple(fc.constantFrom('suspend', 'adjourn', 'refer', 'postpone', 'nap'), fc.constantFrom(undefined, 'm1', 'm2'))
    .map(([motion, motionId]) => ({ kind: 'motion', motion, ...(motionId ? { motionId } : {}) })),
);
const fieldsOf = new Map(CommandSchema.options.map((o) => [o.shape.type.value as string, new Set(Object.keys(o.shape))]));
/** Plausible-looking commands: right type names, a mix of valid and invalid payloads. */
const rawCommand = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 0, maxLength: 6 }), fc.uuid()),
    actor,
    // Half the time, the commands of a live meeting (so sequences reach votes and speeches).
    type: fc.oneof(
      fc.constantFrom(...COMMAND_TYPES, 'launch-missiles'),
      fc.constantFrom('cast-ballot', 'open-vote', 'close-vote', 'record-vote', 'make-statement', 'submit-draft', 'move-motion'),
      fc.constantFrom('submit-communication', 'issue-document', 'set-symbol-counter'),
    ),
    ballot,
    voteId: fc.constantFrom('v1', 'v2', undefined),
    question: fc.constantFrom('Question', ''),
    subject,
    ballots: fc.option(fc.dictionary(codes, ballot, { maxKeys: 16 }), { nil: undefined }),
    tally: fc.option(fc.record({ yes: fc.integer({ min: -1, max: 200 }), no: fc.nat(200), abstain: fc.nat(200) }), { nil: undefined }),
    items: fc.constantFrom([{ title: 'Item' }], [], 'x'),
    invitee: codes,
    name: fc.constantFrom('Somebody', ''),
    rule: fc.constantFrom('37', '39', '99'),
    draftId: fc.constantFrom('d1', 'd2'),
    title: fc.constantFrom('Draft', ''),
    sponsors: fc.subarray(COUNCIL_2014),
    amends: fc.constantFrom(undefined, 'd1', 'zz'),
    change: fc.constantFrom(undefined, 'add', 'delete', 'revise'),
    consent: fc.boolean(),
    supporters: fc.subarray([...COUNCIL_2014, 'PRK']),
    requesters: fc.subarray([...COUNCIL_2014, 'PRK'], { minLength: 1 }),
    basis: fc.constantFrom('rule-2', 'rule-3'),
    date: fc.constantFrom('2014-12-22', '2014-02-30', 'soon'),
    time: fc.constantFrom(undefined, '15:08', '25:00'),
    matter: fc.constantFrom(undefined, 'procedural', 'non-procedural', 'cosmic'),
    motionId: fc.constantFrom('m1', 'm2'),
    motion: fc.constantFrom('suspend', 'adjourn', 'adjourn-to', 'refer', 'postpone', 'nap'),
    // Documents (spec R46-R50): letters, issues, counters, Rev./Corr. of issued ones.
    communicationId: fc.constantFrom('c1', 'c2'),
    documentId: fc.constantFrom('doc1', 'doc2', 'bad id'),
    addressee: fc.constantFrom('secretary-general', 'president-of-the-council', 'pope'),
    paragraphs: fc.constantFrom(['Text.'], []),
    circulation: fc.constantFrom(
      { council: true },
      { council: false },
      { assembly: { agendaItems: [{ number: '68', title: 'Human rights' }] } },
      { council: true, assembly: { session: 69, agendaItems: [{ number: 'x', title: 'T' }] } },
    ),
    of: fc.oneof(
      fc.constantFrom('c1', 'c2').map((communicationId) => ({ kind: 'communication', communicationId })),
      fc.constantFrom('d1', 'd2').map((draftId) => ({ kind: 'draft', draftId })),
    ),
    series: fc.constantFrom(undefined, ['S/2014'], ['A/69', 'S/2014'], ['A/C.3/69/L'], ['S/2014', 'S/2015'], ['B/1']),
    next: fc.integer({ min: -1, max: 3 }),
    modifies: fc.constantFrom(undefined, { documentId: 'doc1', modifier: 'Rev' }, { documentId: 'doc2', modifier: 'Corr' }),
  },
  { requiredKeys: ['id', 'actor', 'type'] },
);
/** Mostly keep only the fields the type knows (strict schemas refuse extras), sometimes not. */
export const command = fc.tuple(rawCommand, fc.integer({ min: 0, max: 9 })).map(([c, dice]) => {
  const fields = fieldsOf.get(c.type);
  if (!fields || dice === 0) return c;
  return Object.fromEntries(Object.entries(c).filter(([k]) => fields.has(k)));
});
