import type { RecordMessages } from './en.js';

/** Français : la présentation des procès-verbaux (S/PV) et les formules de la présidence. */
export const fr: RecordMessages = {
  un: 'Nations Unies',
  'organ.security-council': 'Conseil de sécurité',
  'organ.general-assembly': 'Assemblée générale',
  'organ.ga-third-committee': 'Assemblée générale, Troisième Commission',
  'organ.plenary': 'Assemblée générale, séance plénière',
  'organ.ga-main-committee':
    'Assemblée générale, {n, plural, =1 {Première Commission} =2 {Deuxième Commission} =3 {Troisième Commission} =4 {Quatrième Commission} =5 {Cinquième Commission} =6 {Sixième Commission} other {grande commission}}',
  'organ.human-rights-council': 'Conseil des droits de l’homme',
  'title.arria': '{organ} — membres : réunion selon la formule Arria (document non officiel)',
  'title.communique': '{organ} : communiqué',
  'label.verbatim': 'Procès-verbal',
  'label.communique': 'Communiqué',
  'label.arria': 'Réunion selon la formule Arria (document non officiel)',
  'heading.year': '{n} année',
  'heading.session': '{n} session',
  'heading.meeting': '{ord, selectordinal, one {{n}re} other {{n}e}} séance',
  heading: '{year}, {meeting}',
  president: 'Présidence : {name}',
  convenedBy: 'Réunion organisée par {names}',
  members: 'Membres : {names}',
  request: 'Demande : lettre {display}',
  'request.joint': 'Demande : lettre {display} (document de l’{organs})',
  agenda: 'Ordre du jour',
  'agenda.adoption': 'Adoption de l’ordre du jour',
  participants: 'Participants',
  'participant.declined': 'a décliné l’invitation',
  'participant.invited': 'invité(e) {rule, select, special {à titre spécial} other {en vertu de l’article {rule}}}',
  'participant.proposed': 'proposé(e)',
  'participant.notInvited': 'non invité(e)',
  proceedings: 'Déroulement de la séance',
  vote: 'Vote : {question}',
  'method.show': 'Il est procédé au vote à main levée.',
  'method.recorded': 'Il est procédé au vote enregistré.',
  'method.totals': 'Il est procédé au vote enregistré (totaux seulement dans ce compte rendu).',
  'list.yes': 'Votent pour',
  'list.no': 'Votent contre',
  'list.abstain': 'S’abstiennent',
  'list.nonParticipation': 'Ne participent pas au vote',
  'list.absent': 'Absents',
  'list.none': 'aucun',
  'list.caption': 'Vote des membres',
  'chair.president': 'La présidence',
  'chair.chair': 'La présidence de la Commission',
  why: 'Pourquoi (moteur de règles)',
  sources: 'Sources',
  result:
    'Le résultat du vote est le suivant : {yes, plural, =0 {aucune voix} one {# voix} other {# voix}} pour, {no, plural, =0 {aucune} one {# voix} other {# voix}} contre et {abstain, plural, =0 {aucune abstention} one {# abstention} other {# abstentions}}.',
  'what.agenda': 'L’ordre du jour provisoire',
  'what.invitation': 'La proposition d’invitation',
  'what.motion':
    'La motion tendant à {motion, select, suspend {suspendre la séance} adjourn {lever la séance} adjournTo {ajourner la séance à une date ou heure fixée} refer {renvoyer la question} adjournDebate {ajourner le débat sur la question} closeDebate {clore le débat sur la question} competence {statuer sur la compétence de l’organe} moderatedCaucus {tenir un caucus modéré} unmoderatedCaucus {tenir un caucus non modéré} extendCaucus {prolonger le caucus} other {reporter la discussion}}',
  'what.amendment': 'L’amendement{hasSymbol, select, yes { publié sous la cote {symbol}} other {}}',
  'what.draft': 'Le projet de résolution{hasSymbol, select, yes { publié sous la cote {symbol}} other {}}',
  'what.other': 'La proposition',
  'ann.adopted':
    '{what} a été {subject, select, invitation {adoptée} motion {adoptée} other {adopté}}{hasResolution, select, yes { en tant que résolution {resolution}} other {}}.',
  'ann.rejected': '{what} a été {subject, select, invitation {rejetée} motion {rejetée} other {rejeté}}.',
  'ann.approved': '{what} a été {subject, select, invitation {approuvée} motion {approuvée} other {approuvé}}.',
  'ann.committeeRejected': '{what} a été {subject, select, invitation {rejetée} motion {rejetée} other {rejeté}}.',
  'ann.veto':
    '{what} n’a pas été {subject, select, invitation {adoptée} motion {adoptée} other {adopté}}, en raison du vote négatif {n, plural, one {d’un membre permanent} other {de # membres permanents}} du Conseil.',
  'ann.failed':
    '{what} n’a pas été {subject, select, invitation {adoptée} motion {adoptée} other {adopté}}, n’ayant pas obtenu le nombre de voix requis.',
  'note.noNumber':
    'Le numéro de la séance n’est pas enregistré dans cette session : la cote du procès-verbal (S/PV.<n>) n’est pas indiquée.',
  'note.communique':
    'Séance privée : le présent communiqué, publié par l’intermédiaire du Secrétaire général, tient lieu de procès-verbal (article 55).',
  'note.arria':
    'Les réunions selon la formule Arria ne sont pas des séances du Conseil de sécurité : il n’y a ni compte rendu officiel, ni ordre du jour, ni vote. Ceci est un résumé du type que les organisateurs peuvent faire distribuer.',
  'note.notWebcast': 'La réunion n’a pas été retransmise sur UN Web TV.',
  'note.consultations': 'Les consultations plénières ne sont pas des séances officielles : il n’en est pas tenu de compte rendu.',
  'note.withdrawn': 'La demande a été retirée avant la séance : aucune séance n’a eu lieu et il n’existe aucun compte rendu.',
  'communique.considered':
    'À sa {meeting}, tenue à huis clos le {date}, le Conseil de sécurité a examiné la question intitulée « {title} ».',
  'communique.privateMeeting': 'séance privée',
  'communique.invited': 'Le Conseil a décidé d’inviter {names} à participer, sans droit de vote, à la discussion.',
  'format.public': 'séance publique',
  'format.private': 'séance privée',
  'format.consultations': 'consultations plénières',
  'format.arria': 'réunion selon la formule Arria',
  'format.meeting': 'séance',
  'e.session':
    '{organ}, {format}, {date} : {title}{chair, select, convened {; organisée par {names}} president {; présidence : {name}} other {}}.',
  'e.requested':
    'Demande de réunion présentée par {names} en vertu de l’article {rule} du Règlement intérieur provisoire{urgent, select, yes {, à titre urgent} other {}}{hasLetter, select, yes { (lettre{hasDate, select, yes { datée du {letterDate}} other {}}, {symbols})} other {}}.',
  'e.supportCounted':
    'Décompte : {count} membres soutiennent la demande{hasNames, select, yes { ({names})} other {}} ; un vote de procédure requiert {required} voix : {winnable, select, yes {il peut être gagné} other {il serait perdu}}.{hasNote, select, yes { {note}.} other {}}',
  'e.withdrawn':
    'La demande a été retirée{hasBy, select, yes { par {name}} other {}}{hasReason, select, yes { : {reason}} other {}}. Aucune séance n’a eu lieu.',
  'e.scheduled': 'La présidence{hasBy, select, yes { ({name})} other {}} a fixé la séance au {date}.',
  'e.opened': 'La séance est ouverte.',
  'e.agendaProposed': 'Ordre du jour provisoire : 1. Adoption de l’ordre du jour. {items}',
  'e.agendaObjected': 'Objection {ofName} à l’adoption de l’ordre du jour provisoire.',
  'e.agendaWithoutVote': 'L’ordre du jour est adopté sans vote.',
  'e.agendaAdopted': 'L’ordre du jour est adopté.',
  'e.agendaNotAdopted': 'L’ordre du jour n’est pas adopté : le Conseil ne peut examiner la question à la présente séance.',
  'e.summaryAdded': '« {item} » est ajouté à l’exposé sommaire des questions dont le Conseil de sécurité est saisi (article 11).',
  'e.summaryRemains': '« {item} » reste inscrit à l’exposé sommaire ; dernier examen officiel le {date}.',
  'e.invitationProposed':
    'La présidence propose d’inviter {invitee}{hasTitle, select, yes {, {title},} other {}} {rule, select, special {à titre spécial} other {en vertu de l’article {rule}}}.',
  'e.invitationObjected': 'Objection {ofName} à l’invitation de {invitee}.',
  'e.invited': 'Invitation adressée à {names}',
  'e.notInvited': 'Invitation non adressée à {names}',
  'e.invitationsDecided': '{parts}{withoutVote, select, yes { (en l’absence d’objection)} other {}}.',
  'e.invitationDeclined': 'Invitation déclinée : {name}.{hasNote, select, yes { {note}} other {}}',
  'e.floorRequested': 'Demande de parole : {name}.',
  'e.statement':
    '{speaker} : {kind, select, statement {déclaration} briefing {exposé} before {explication de vote avant le vote} after {explication de vote après le vote} other {déclaration en sa qualité nationale}}{hasSummary, select, yes { — {summary}} other {.}}',
  'e.draftSubmitted': 'Projet dont le Conseil est saisi : {label}{hasSponsors, select, yes {, présenté par {names}} other {}}.',
  'e.amendmentSubmitted': 'Amendement présenté : {label}{hasSponsors, select, yes {, par {names}} other {}}.',
  'e.draftWithdrawn': '{id} a été retiré.',
  'e.motionMoved':
    '{who} : motion tendant à {motion, select, suspend {suspendre la séance} adjourn {lever la séance} adjournTo {ajourner la séance à une date ou heure fixée} refer {renvoyer la question} adjournDebate {ajourner le débat sur la question} closeDebate {clore le débat sur la question} competence {statuer sur la compétence de l’organe} other {reporter la discussion}}{hasDetail, select, yes { ({detail})} other {}} (article 33).',
  'e.motionLapsed': 'La motion en suspens {id} est devenue caduque.',
  'e.caucusMoved':
    '{who} : motion tendant à {kind, select, moderated {tenir un caucus modéré de {total}, {each} par orateur} unmoderated {tenir un caucus non modéré de {total}} other {prolonger le caucus de {total}}}{hasTopic, select, yes { sur « {topic} »} other {}} (pratique des simulations de l’ONU).',
  'e.caucusStarted': 'La séance passe en {kind, select, moderated {caucus modéré} other {caucus non modéré}} pour {total}.',
  'e.caucusExtended': 'Le caucus est prolongé de {total}.',
  'e.caucusEnded': 'Le caucus prend fin après {total}.',
  'e.voteOpened': 'La présidence met aux voix : {question}.',
  'e.ballot':
    '{Name} : {ballot, select, yes {pour} no {contre} abstain {abstention} nonParticipation {ne participe pas au vote} other {absent}}.',
  'e.voteRecorded': 'Vote sur {question}. {result} {announcement}',
  'e.webcastConsent': '{Name} : {consent, select, yes {consent} other {ne consent pas}} à la retransmission sur le Web de l’ONU.',
  'e.webcastAllowed': 'Tous les membres y ont consenti : la réunion est retransmise sur UN Web TV.',
  'e.webcastBlocked':
    'La réunion n’est pas retransmise par l’ONU{hasObjectors, select, yes { (objection {ofNames})} other {}} ; elle se tient en personne (le consentement des quinze membres est requis).',
  'e.suspended': 'La séance est suspendue.',
  'e.resumed': 'La séance est reprise.',
  'e.adjourned': 'La séance est ajournée.',
  'e.closed': 'La séance est close.',
  'e.rose': 'La séance est levée.',
  'e.thePresident': 'La présidence',
  documents: 'Documents',
  'e.communicationSubmitted':
    'Lettre {ofName} adressée {to, select, sg {au Secrétaire général} other {à la présidence du Conseil}} (« {title} »), demandant sa distribution comme document {organs}.',
  'e.circulation.assembly':
    'de l’Assemblée générale au titre {count, plural, one {du point} other {des points}} {items} de l’ordre du jour',
  'e.circulation.council': 'du Conseil de sécurité',
  'e.documentIssued':
    'Le document {symbol}{modifier, select, Rev { (révision)} Add { (additif)} Corr { (rectificatif)} other {}} a été publié : {what}.',
  'e.aCommunication': 'Une communication',
  'e.aDraft': 'Un projet',
  // Division of a text (Rule 32; GA rule 89).
  'what.division': 'La motion de division',
  'what.part': 'Le {kind, select, preambular {paragraphe {n} du préambule} other {paragraphe {n} du dispositif}}',
  'e.part': 'le {kind, select, preambular {paragraphe {n} du préambule} other {paragraphe {n} du dispositif}}',
  'e.divisionRequested': '{Name} demande que {parts} fasse l’objet d’un vote séparé ({rule}).',
  'e.divisionObjected':
    'Objection {ofName} à la division{effect, select, blocks {, en qualité d’auteur du texte : les parties ne sont pas mises aux voix séparément} other { : la motion de division est mise aux voix}} ({rule}).',
  'e.divisionDecided':
    '{outcome, select, agreed {La division est acceptée : les parties sont mises aux voix séparément} rejected {La motion de division est rejetée : le texte est mis aux voix dans son ensemble} other {Il n’y a pas de division}} ({rule}).',
  'e.partDecided': 'Mis aux voix séparément, {part} {retained, select, yes {est maintenu} other {n’est pas maintenu}} : « {wording} »',
  'e.divisionCompleted':
    '{outcome, select, rejected {Toutes les parties du dispositif ayant été rejetées, la proposition est considérée comme rejetée dans son ensemble} other {Les parties maintenues sont mises aux voix dans leur ensemble}} ({rule}).',
  'ann.part': '{what} {retained, select, yes {est maintenu} other {n’est pas maintenu}}.',
  'text.adopted': 'Texte adopté{hasSymbol, select, yes { ({symbol})} other {}} : {title}',
};
