/**
 * English words of the meeting record (S/PV style) and the proceedings, in ICU
 * MessageFormat: the reference catalogue the other five must match key for key.
 * Params: `Name` a state at the start of a sentence, `name` in running text, `ofName` after "of".
 */
export const en = {
  un: 'United Nations',
  'organ.security-council': 'Security Council',
  'organ.general-assembly': 'General Assembly',
  'organ.ga-third-committee': 'General Assembly, Third Committee',
  'organ.plenary': 'General Assembly, plenary',
  'organ.ga-main-committee':
    'General Assembly, {n, plural, =1 {First} =2 {Second} =3 {Third} =4 {Fourth} =5 {Fifth} =6 {Sixth} other {Main}} Committee',
  'organ.human-rights-council': 'Human Rights Council',
  'title.arria': '{organ} members: Arria-formula meeting (not an official record)',
  'title.communique': '{organ}: communiqué',
  'label.verbatim': 'Verbatim record',
  'label.communique': 'Communiqué',
  'label.arria': 'Arria-formula meeting (not an official record)',
  'heading.year': '{n} year',
  'heading.session': '{n} session',
  'heading.meeting': '{n} meeting',
  heading: '{year}, {meeting}',
  president: 'President: {name}',
  convenedBy: 'Convened by {names}',
  members: 'Members: {names}',
  request: 'Request: letter {display}',
  'request.joint': 'Request: letter {display} (a document of the {organs})',
  agenda: 'Agenda',
  'agenda.adoption': 'Adoption of the agenda',
  participants: 'Participants',
  'participant.declined': 'declined to participate',
  'participant.invited': 'invited under {rule, select, special {a special invitation} other {rule {rule}}}',
  'participant.proposed': 'proposed',
  'participant.notInvited': 'not-invited',
  proceedings: 'Proceedings',
  vote: 'Vote: {question}',
  'method.show': 'A vote was taken by show of hands.',
  'method.recorded': 'A recorded vote was taken.',
  'method.totals': 'A recorded vote was taken (totals only in this record).',
  'list.yes': 'In favour',
  'list.no': 'Against',
  'list.abstain': 'Abstaining',
  'list.nonParticipation': 'Did not participate in the vote',
  'list.absent': 'Absent',
  'list.none': 'none',
  'list.caption': 'How members voted',
  'chair.president': 'The President',
  'chair.chair': 'The Chair',
  why: 'Why (council engine)',
  sources: 'Sources',
  result:
    'The result of the voting is as follows: {yes, plural, =0 {no votes} one {# vote} other {# votes}} in favour{abstain, plural, =0 { and } other {, }}{no, plural, =0 {none} other {#}} against{abstain, plural, =0 {} one { and # abstention} other { and # abstentions}}.',
  'what.agenda': 'The provisional agenda',
  'what.invitation': 'The proposal to invite',
  'what.motion':
    'The motion to {motion, select, suspend {suspend the meeting} adjourn {adjourn the meeting} adjournTo {adjourn the meeting to a set day or hour} refer {refer the matter} adjournDebate {adjourn the debate on the item} closeDebate {close the debate on the item} competence {decide on the competence of the body} moderatedCaucus {hold a moderated caucus} unmoderatedCaucus {hold an unmoderated caucus} extendCaucus {extend the caucus} other {postpone the discussion}}',
  'what.amendment': 'The amendment{hasSymbol, select, yes { contained in document {symbol}} other {}}',
  'what.draft': 'The draft resolution{hasSymbol, select, yes { contained in document {symbol}} other {}}',
  'what.other': 'The proposal',
  'ann.adopted': '{what} has been adopted{hasResolution, select, yes { as resolution {resolution}} other {}}.',
  'ann.rejected': '{what} has been rejected.',
  'ann.approved': '{what} was approved.',
  'ann.committeeRejected': '{what} was rejected.',
  'ann.veto':
    '{what} has not been adopted, owing to the negative vote of {n, plural, one {a permanent member} other {{nWord} permanent members}} of the Council.',
  'ann.failed': '{what} has not been adopted, having failed to obtain the required number of votes.',
  'note.noNumber': 'The meeting number is not recorded in this session, so the record symbol (S/PV.<n>) is not shown.',
  'note.communique':
    'Private meeting: this communiqué, issued through the Secretary-General, takes the place of a verbatim record (Rule 55).',
  'note.arria':
    'Arria-formula meetings are not meetings of the Security Council: there is no official record, agenda or vote. This is a summary of the kind conveners may circulate.',
  'note.notWebcast': 'The meeting was not webcast on UN Web TV.',
  'note.consultations': 'Consultations of the whole are not formal meetings: no record is kept.',
  'note.withdrawn': 'The request was withdrawn before the meeting: no meeting was held and no record exists.',
  'communique.considered': 'At its {meeting}, held in private on {date}, the Security Council considered the item entitled "{title}".',
  'communique.privateMeeting': 'private meeting',
  'communique.invited': 'The Council agreed to invite {names} to participate in the discussion without vote.',
  'format.public': 'public meeting',
  'format.private': 'private meeting',
  'format.consultations': 'consultations of the whole',
  'format.arria': 'Arria-formula meeting',
  'format.meeting': 'meeting',
  'e.session':
    '{organ}, {format}, {date}: {title}{chair, select, convened {; convened by {names}} president {; President: {name}} other {}}.',
  'e.requested':
    '{hasLetter, select, yes {By a letter{hasDate, select, yes { dated {letterDate}} other {}} ({symbols}), } other {}}{Names} requested a meeting under Rule {rule}{urgent, select, yes {, as a matter of urgency} other {}}.',
  'e.supportCounted':
    'Whip count: {count} members support the request{hasNames, select, yes { ({names})} other {}}; a procedural vote needs {required}: {winnable, select, yes {it can be won} other {it would be lost}}.{hasNote, select, yes { {note}.} other {}}',
  'e.withdrawn':
    'The request was withdrawn{hasBy, select, yes { by {name}} other {}}{hasReason, select, yes {: {reason}} other {}}. No meeting was held.',
  'e.scheduled': 'The President{hasBy, select, yes { ({name})} other {}} scheduled the meeting for {date}.',
  'e.opened': 'The meeting was called to order.',
  'e.agendaProposed': 'Provisional agenda: 1. Adoption of the agenda. {items}',
  'e.agendaObjected': '{Name} objected to the adoption of the provisional agenda.',
  'e.agendaWithoutVote': 'The agenda was adopted without a vote.',
  'e.agendaAdopted': 'The agenda was adopted.',
  'e.agendaNotAdopted': 'The agenda was not adopted: the Council cannot consider the item at this meeting.',
  'e.summaryAdded': '"{item}" is added to the Summary Statement of matters of which the Security Council is seized (Rule 11).',
  'e.summaryRemains': '"{item}" remains on the Summary Statement; last formal consideration {date}.',
  'e.invitationProposed':
    'The President proposed to invite {invitee}{hasTitle, select, yes {, {title},} other {}} under {rule, select, special {a special invitation} other {rule {rule}}}.',
  'e.invitationObjected': '{Name} objected to inviting {invitee}.',
  'e.invited': '{names} {count, plural, one {was} other {were}} invited',
  'e.notInvited': '{names} {count, plural, one {was} other {were}} not invited',
  'e.invitationsDecided': '{parts}{withoutVote, select, yes {, there being no objection} other {}}.',
  'e.invitationDeclined': '{Name} declined to take part.{hasNote, select, yes { {note}} other {}}',
  'e.floorRequested': '{Name} asked for the floor.',
  'e.statement':
    '{speaker} {kind, select, statement {made a statement} briefing {briefed the meeting} before {explained its vote before the vote} after {explained its vote after the vote} other {spoke in its national capacity as President}}{hasSummary, select, yes {: {summary}} other {.}}',
  'e.draftSubmitted': 'Draft before the meeting: {label}{hasSponsors, select, yes {, submitted by {names}} other {}}.',
  'e.amendmentSubmitted': 'Amendment tabled: {label}{hasSponsors, select, yes {, submitted by {names}} other {}}.',
  'e.draftWithdrawn': '{id} was withdrawn.',
  'e.motionMoved':
    '{who} moved to {motion, select, suspend {suspend the meeting} adjourn {adjourn the meeting} adjournTo {adjourn the meeting to a set day or hour} refer {refer the matter} adjournDebate {adjourn the debate on the item} closeDebate {close the debate on the item} competence {decide on the competence of the body} other {postpone the discussion}}{hasDetail, select, yes { ({detail})} other {}} (Rule 33).',
  'e.motionLapsed': 'The pending motion {id} lapsed.',
  'e.caucusMoved':
    '{who} moved {kind, select, moderated {a moderated caucus of {total}, {each} per speaker} unmoderated {an unmoderated caucus of {total}} other {to extend the caucus by {total}}}{hasTopic, select, yes { on “{topic}”} other {}} (Model UN practice).',
  'e.caucusStarted': 'The meeting moved into {kind, select, moderated {a moderated caucus} other {an unmoderated caucus}} of {total}.',
  'e.caucusExtended': 'The caucus was extended by {total}.',
  'e.caucusEnded': 'The caucus ended after {total}.',
  'e.voteOpened': 'The President put to the vote: {question}.',
  'e.ballot':
    '{Name}: {ballot, select, yes {in favour} no {against} abstain {abstaining} nonParticipation {not participating} other {absent}}.',
  'e.voteRecorded': 'Vote on {question}. {result} {announcement}',
  'e.webcastConsent': '{Name} {consent, select, yes {consented} other {did not consent}} to the UN webcast.',
  'e.webcastAllowed': 'All members consented: the meeting is webcast on UN Web TV.',
  'e.webcastBlocked':
    'The meeting is not webcast by the UN{hasObjectors, select, yes {: {names} objected} other {}}; it proceeds in person (consent of all fifteen members is required).',
  'e.suspended': 'The meeting was suspended.',
  'e.resumed': 'The meeting was resumed.',
  'e.adjourned': 'The meeting was adjourned.',
  'e.closed': 'The meeting was closed.',
  'e.rose': 'The meeting rose.',
  'e.thePresident': 'The President',
  documents: 'Documents',
  'e.communicationSubmitted':
    '{Name} wrote to {to, select, sg {the Secretary-General} other {the President of the Council}} ("{title}"), asking that it be circulated as a document {organs}.',
  'e.circulation.assembly': 'of the General Assembly under agenda {count, plural, one {item} other {items}} {items}',
  'e.circulation.council': 'of the Security Council',
  'e.documentIssued':
    'Document {symbol}{modifier, select, Rev { (revision)} Add { (addendum)} Corr { (corrigendum)} other {}} was issued: {what}.',
  'e.aCommunication': 'A communication',
  'e.aDraft': 'A draft',
  // Division of a text (Rule 32; GA rule 89).
  'what.division': 'The motion for division',
  'what.part': '{kind, select, preambular {Preambular} other {Operative}} paragraph {n}',
  'e.part': '{kind, select, preambular {preambular} other {operative}} paragraph {n}',
  'e.divisionRequested': '{Name} asked that {parts} be voted on separately ({rule}).',
  'e.divisionObjected':
    '{Name} objected to the division{effect, select, blocks { as the mover of the text: the parts are not voted separately} other {: the motion for division is put to the vote}} ({rule}).',
  'e.divisionDecided':
    '{outcome, select, agreed {The division was agreed: the parts are voted separately} rejected {The motion for division was rejected: the text is voted as a whole} other {The division did not take place}} ({rule}).',
  'e.partDecided': 'Voted separately, {part} was {retained, select, yes {retained} other {not retained}}: “{wording}”',
  'e.divisionCompleted':
    '{outcome, select, rejected {All operative parts having been rejected, the proposal is rejected as a whole} other {The parts retained are put to the vote as a whole}} ({rule}).',
  'ann.part': '{what} is {retained, select, yes {retained} other {not retained}}.',
  'text.adopted': 'Text adopted{hasSymbol, select, yes { ({symbol})} other {}}: {title}',
} as const;

export type RecordMessageId = keyof typeof en;
export type RecordMessages = Readonly<Record<RecordMessageId, string>>;
