/** English: the reference catalogue for explanations and records (ICU MessageFormat). */
export const en = {
  'head.adopted': 'Adopted: {tally}.',
  'head.notAdopted': 'Not adopted: {tally}.',
  'head.approved': 'Approved (a recommendation to the plenary): {tally}.',
  'head.rejected': 'Rejected: {tally}.',
  tally:
    '{yes, plural, =0 {no votes} one {# vote} other {# votes}} in favour, {no, plural, =0 {none} other {#}} against and {abstain, plural, =0 {no abstentions} one {# abstention} other {# abstentions}}',
  short: '{yes} {short, plural, one {is one short} other {is # short}}',
  'sc.procedural':
    'Procedural matter: {required} affirmative votes are needed (Charter Art. 27(2)); {met, select, yes {{yes} were cast} other {{shortfall}}}.',
  'sc.procedural.noVeto':
    'The {count, plural, one {vote} other {votes}} against by {names} {count, plural, one {is not a veto} other {are not vetoes}}: no veto applies to a procedural matter.',
  'sc.veto':
    'Substantive matter: the {required} affirmative votes needed were cast ({yes}), but {count, plural, one {a permanent member, {names}, voted against} other {# permanent members, {names}, voted against}} (Charter Art. 27(3)): veto.',
  'sc.vetoByOption':
    'Substantive matter: {required} affirmative votes are needed, with the concurring votes of the permanent members; {count, plural, one {a permanent member, {names}, did not concur} other {# permanent members, {names}, did not concur}}, which is counted as a veto under the option chosen.',
  'sc.insufficient': 'Substantive matter: {required} affirmative votes are needed (Charter Art. 27(3)); {shortfall}.',
  'sc.insufficient.permanentNo':
    'The negative {count, plural, one {vote} other {votes}} of {names} {count, plural, one {is} other {are}} not counted as a veto: the draft failed for lack of votes first.',
  'sc.met':
    'Substantive matter: {required} affirmative votes are needed, with the concurring votes of the permanent members (Charter Art. 27(3)); {yes} were cast and no permanent member voted against.',
  'sc.notConcurring':
    '{kind, select, abstain {The abstention of {names}} nonParticipation {The non-participation of {names}} other {The absence of {names}}} is not a veto (Charter Art. 27(3) as applied in practice).',
  'sc.icj':
    'Election of a member of the International Court of Justice: an absolute majority of {required} votes is needed (ICJ Statute Art. 10), with no distinction between permanent and other members; {met, select, yes {{yes} votes obtain it} other {{shortfall}}}.',
  'sc.obliged':
    '{names}, as {count, plural, one {a party} other {parties}} to the dispute, {count, plural, one {is} other {are}} obliged to abstain (Charter Art. 27(3)).',
  'ga.simple':
    'A simple majority of the members present and voting is needed (Charter Art. 18(3)); abstentions do not count: {required} of {pv}.',
  'ga.twoThirds':
    'An important question: two-thirds of the members present and voting are needed (Charter Art. 18(2)); abstentions do not count: {required} of {pv}.',
  'ga.membership': 'A majority of the membership of {membership} is needed, whatever the turnout: {required}.',
  'ga.committee':
    'Main Committee: a simple majority of the members present and voting (GA rule 125); abstentions do not count: {required} of {pv}.',
  'ga.tie': 'The votes are equally divided, so the proposal is rejected.',
  'caucus.majority':
    'A caucus motion needs a simple majority of the members present (Model UN practice): {required} in favour; {yes} {yes, plural, one {was} other {were}} cast.',
  'cite.charter': 'Charter Art. {article}',
  'cite.charterPara': 'Charter Art. {article}({paragraph})',
  'cite.scRule': 'Provisional rules of procedure, rule {n}',
  'cite.gaRule': 'GA rules of procedure, rule {n}',
  'cite.icj': 'ICJ Statute Art. {article}',
  'cite.spec': 'spec {id}',
  'details.line': 'Details — rules applied: {list}',
} as const;

export type MessageId = keyof typeof en;
export type Messages = Readonly<Record<MessageId, string>>;
