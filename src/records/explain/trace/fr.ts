import type { TraceMessages } from './en.js';

/** Français : le raisonnement du moteur, étape par étape. */
export const fr: TraceMessages = {
  'sc.ballots':
    '{seats} sièges, une voix chacun : {yes} voix pour, {no} voix contre, {abstain, plural, =0 {aucune abstention} one {# abstention} other {# abstentions}}{nonParticipation, plural, =0 {} one {, # ne participant pas au vote} other {, # ne participant pas au vote}}{absent, plural, =0 {} one {, # absent} other {, # absents}}.',
  'sc.required': 'Un Conseil de {seats} membres requiert {required} voix affirmatives.',
  'sc.absoluteMajority': 'La majorité absolue d’un Conseil de {seats} membres est de {required}.',
  'sc.obliged':
    '{Names}, {count, plural, one {partie} other {parties}} au différend, {count, plural, one {doit} other {doivent}} s’abstenir{mode, select, strict { et ne {count, plural, one {peut} other {peuvent}} opposer de veto} other { (consigné seulement : les voix sont comptées telles qu’exprimées)}}.',
  'sc.count':
    '{yes, plural, =0 {Aucune voix affirmative} one {# voix affirmative} other {# voix affirmatives}}, {required} requises : {met, select, yes {le seuil est atteint} other {il en manque {short}}}.',
  'sc.procedural.noVeto':
    '{count, plural, =0 {Le veto ne s’applique pas aux questions de procédure.} other {Pas de veto sur une question de procédure : {count, plural, one {le vote négatif} other {les votes négatifs}} {ofNames} {count, plural, one {compte} other {comptent}} seulement comme {count, plural, one {un vote} other {des votes}} contre.}}',
  'sc.veto': 'Veto : {how, select, votedAgainst {vote contre} other {absence de vote affirmatif}} {ofNames}.',
  'sc.vetoNotReached': 'Le critère du veto n’est pas atteint : le projet n’a pas obtenu les voix affirmatives requises.',
  'sc.noPermanentAgainst':
    '{count, plural, =0 {Aucun membre permanent n’a voté contre.} other {Aucun membre permanent n’a voté contre ; {names} {count, plural, one {n’a} other {n’ont}} pas voté pour, ce qui ne constitue pas un veto.}}',
  'ga.presentAndVoting':
    'Présents et votants = pour + contre = {pv} ; {abstain, plural, =0 {aucune abstention} one {# abstention n’est pas comptée} other {# abstentions ne sont pas comptées}}.',
  'ga.tie': 'Le partage des voix étant égal, la proposition est rejetée.',
  'ga.simple':
    'La majorité simple des {pv} membres présents et votants est de {required} ; {yes} voix {met, select, yes {ont été obtenues} other {ne suffisent pas}}.',
  'ga.twoThirds':
    'Les deux tiers des {pv} membres présents et votants font {required} (3 × {yes} = {yes3} {met, select, yes {≥} other {<}} 2 × {pv} = {pv2}).',
  'ga.membership':
    'La majorité des {membership} membres est de {required}, quelle que soit la participation ; {yes} voix {met, select, yes {ont été obtenues} other {ne suffisent pas}}.',
  'mun.caucusMajority':
    'La majorité simple des {present} membres présents est de {required} ; {yes} voix {met, select, yes {ont été obtenues} other {ne suffisent pas}}.',
  'cite.practiceMun': 'Pratique des simulations de l’ONU',
  'cite.charter1945': 'Charte, Article {article} (texte de 1945)',
  'cite.charterProviso': 'Charte, Article {article}, paragraphe {paragraph}, in fine',
  'cite.gaRes': 'résolution {res} de l’Assemblée générale, par. {para}',
  'trace.heading': 'Étape par étape :',
  'trace.step': '{rule} ({spec}) : {text}',
  'warnings.heading': 'Avertissements',
  'warnings.line': 'Avertissement : {message}',
  // The engine's warnings, by their code (src/rules RuleWarning).
  'warning.seat-count-date-mismatch': 'Conseil de {seats} membres au {date} : les seuils suivent le nombre de sièges',
  'warning.chapter-unspecified': 'différend indiqué sans chapitre : l’obligation de s’abstenir (Article 27, par. 3) n’a pas été appliquée',
  'warning.obligatory-abstention-violation':
    '{Names}, {count, plural, one {partie} other {parties}} au différend, {count, plural, one {doit} other {doivent}} s’abstenir lors d’une décision prise en vertu {chapter, select, VI {du Chapitre VI} other {du paragraphe 3 de l’Article 52}} ; voix comptées telles qu’exprimées (mode enregistrement)',
  'warning.art19-no-vote':
    '{Names} n’a pas le droit de vote en vertu de l’Article 19 de la Charte (arriérés) ; {ballot, select, yes {son vote pour n’est pas compté} no {son vote contre n’est pas compté} other {son abstention n’est pas comptée}}',
  'warning.committee-simple-majority':
    'une grande commission se prononce à la majorité simple ; la majorité {majority, select, twoThirds {des deux tiers} other {qualifiée}} ne s’applique qu’en séance plénière',
};
