/**
 * English: the reference catalogue for the engine's step-by-step trace (ICU MessageFormat),
 * one message per trace code of src/rules (TRACE_CODES), and the citations only a trace uses.
 */
export const en = {
  'sc.ballots':
    '{seats} seats, one vote each: {yes} in favour, {no} against, {abstain, plural, one {# abstention} other {# abstentions}}{nonParticipation, plural, =0 {} other {, # not participating}}{absent, plural, =0 {} other {, # absent}}.',
  'sc.required': 'A {seats}-member Council needs {required} affirmative votes.',
  'sc.absoluteMajority': 'An absolute majority of a {seats}-member Council is {required}.',
  'sc.obliged':
    '{Names}, {count, plural, one {a party} other {parties}} to the dispute, {count, plural, one {is} other {are}} obliged to abstain{mode, select, strict { and cannot veto} other { (recorded only: the ballots are counted as cast)}}.',
  'sc.count':
    '{yes, plural, one {# affirmative vote} other {# affirmative votes}} cast, {required} needed: {met, select, yes {met} other {{short} short}}.',
  'sc.procedural.noVeto':
    '{count, plural, =0 {No veto applies to a procedural matter.} other {No veto on a procedural matter: the {count, plural, one {vote} other {votes}} against by {names} {count, plural, one {counts} other {count}} only as {count, plural, one {a vote} other {votes}} against.}}',
  'sc.veto': '{Names} {how, select, votedAgainst {voted against} other {did not concur}}: veto.',
  'sc.vetoNotReached': 'The veto test is not reached: the draft lacked the affirmative votes.',
  'sc.noPermanentAgainst':
    '{count, plural, =0 {No permanent member voted against.} other {No permanent member voted against; {names} did not vote yes, which is not a veto.}}',
  'ga.presentAndVoting':
    'Present and voting = yes + no = {pv}; {abstain, plural, one {# abstention is} other {# abstentions are}} not counted.',
  'ga.tie': 'The vote is equally divided, so the proposal is rejected.',
  'ga.simple':
    'A simple majority of the {pv} present and voting is {required}; {yes} {met, select, yes {were cast} other {is not enough}}.',
  'ga.twoThirds':
    'Two-thirds of the {pv} present and voting is {required} (3 × {yes} = {yes3} {met, select, yes {≥} other {<}} 2 × {pv} = {pv2}).',
  'ga.membership':
    'A majority of the membership of {membership} is {required}, whatever the turnout; {yes} {met, select, yes {were cast} other {is not enough}}.',
  'mun.caucusMajority':
    'A simple majority of the {present} members present is {required}; {yes} {met, select, yes {were cast} other {is not enough}}.',
  'cite.practiceMun': 'Model UN practice',
  'cite.charter1945': 'Charter Art. {article} (1945 text)',
  'cite.charterProviso': 'Charter Art. {article}({paragraph}), proviso',
  'cite.gaRes': 'GA resolution {res}, para. {para}',
  'trace.heading': 'Step by step:',
  'trace.step': '{rule} ({spec}): {text}',
  'warnings.heading': 'Warnings',
  'warnings.line': 'Warning: {message}',
  // The engine's warnings, by their code (src/rules RuleWarning).
  'warning.seat-count-date-mismatch': 'a {seats}-member Council on {date}; thresholds follow the seat count',
  'warning.chapter-unspecified': 'a dispute was given without a chapter; the Art. 27(3) obligation to abstain was not applied',
  'warning.obligatory-abstention-violation':
    '{names}, {count, plural, one {party} other {parties}} to the dispute, must abstain in a decision under {chapter, select, VI {Chapter VI} other {Art. 52(3)}}; counted as cast (record-only mode)',
  'warning.art19-no-vote':
    '{names} has no vote under Charter Art. 19 (arrears); its {ballot, select, yes {vote in favour} no {vote against} other {abstention}} is not counted',
  'warning.committee-simple-majority':
    'a Main Committee decides by simple majority; the {majority, select, twoThirds {two-thirds} other {special}} majority applies only in plenary',
} as const;

export type TraceMessageId = keyof typeof en;
export type TraceMessages = Readonly<Record<TraceMessageId, string>>;
