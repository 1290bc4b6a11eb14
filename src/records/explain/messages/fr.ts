import type { Messages } from './en.js';

/** Français : vocabulaire des procès-verbaux du Conseil de sécurité. */
export const fr: Messages = {
  'head.adopted': 'Adopté : {tally}.',
  'head.notAdopted': 'Non adopté : {tally}.',
  'head.approved': 'Approuvé (recommandation à la séance plénière) : {tally}.',
  'head.rejected': 'Rejeté : {tally}.',
  tally:
    '{yes, plural, =0 {aucune voix} one {# voix} other {# voix}} pour, {no, plural, =0 {aucune} one {# voix} other {# voix}} contre et {abstain, plural, =0 {aucune abstention} one {# abstention} other {# abstentions}}',
  short: '{yes} voix, soit {short, plural, one {une de moins} other {# de moins}} que requis',
  'sc.procedural':
    'Question de procédure : {required} voix affirmatives sont requises (Article 27, paragraphe 2, de la Charte) ; {met, select, yes {{yes} ont été obtenues} other {{shortfall}}}.',
  'sc.procedural.noVeto':
    '{count, plural, one {Le vote négatif} other {Les votes négatifs}} {ofNames} ne {count, plural, one {constitue pas un veto} other {constituent pas des veto}} : le veto ne s’applique pas aux questions de procédure.',
  'sc.veto':
    'Question de fond : les {required} voix affirmatives requises ont été obtenues ({yes}), mais {count, plural, one {un membre permanent, {names}, a voté contre} other {# membres permanents, {names}, ont voté contre}} (Article 27, paragraphe 3, de la Charte) : veto.',
  'sc.vetoByOption':
    'Question de fond : {required} voix affirmatives sont requises, dont celles des membres permanents ; {count, plural, one {un membre permanent, {names}, n’a pas donné son vote affirmatif} other {# membres permanents, {names}, n’ont pas donné leur vote affirmatif}}, ce qui compte comme un veto selon l’option retenue.',
  'sc.insufficient':
    'Question de fond : {required} voix affirmatives sont requises (Article 27, paragraphe 3, de la Charte) ; {shortfall}.',
  'sc.insufficient.permanentNo':
    '{count, plural, one {Le vote négatif} other {Les votes négatifs}} {ofNames} ne {count, plural, one {compte pas comme un veto} other {comptent pas comme des veto}} : le projet n’a d’abord pas obtenu assez de voix.',
  'sc.met':
    'Question de fond : {required} voix affirmatives sont requises, dont celles de tous les membres permanents (Article 27, paragraphe 3, de la Charte) ; {yes} ont été obtenues et aucun membre permanent n’a voté contre.',
  'sc.notConcurring':
    '{kind, select, abstain {L’abstention {ofNames}} nonParticipation {La non-participation {ofNames}} other {L’absence {ofNames}}} ne constitue pas un veto (Article 27, paragraphe 3, de la Charte, tel qu’appliqué dans la pratique).',
  'sc.icj':
    'Élection d’un membre de la Cour internationale de Justice : la majorité absolue de {required} voix est requise (Statut de la Cour, Article 10), sans distinction entre membres permanents et non permanents ; {met, select, yes {{yes} voix l’atteignent} other {{shortfall}}}.',
  'sc.obliged':
    '{names}, {count, plural, one {partie} other {parties}} au différend, {count, plural, one {doit} other {doivent}} s’abstenir (Article 27, paragraphe 3, de la Charte).',
  'ga.simple':
    'La majorité simple des membres présents et votants est requise (Article 18, paragraphe 3, de la Charte) ; les abstentions ne comptent pas : {required} sur {pv}.',
  'ga.twoThirds':
    'Question importante : la majorité des deux tiers des membres présents et votants est requise (Article 18, paragraphe 2, de la Charte) ; les abstentions ne comptent pas : {required} sur {pv}.',
  'ga.membership': 'La majorité des {membership} membres est requise, quelle que soit la participation : {required}.',
  'ga.committee':
    'Grande Commission : majorité simple des membres présents et votants (article 125 du Règlement intérieur) ; les abstentions ne comptent pas : {required} sur {pv}.',
  'ga.tie': 'Les voix étant également partagées, la proposition est rejetée.',
  'caucus.majority':
    'Une motion de caucus requiert la majorité simple des membres présents (pratique des simulations de l’ONU) : {required} voix pour ; {yes} ont été exprimées.',
  'cite.charter': 'Charte, Article {article}',
  'cite.charterPara': 'Charte, Article {article}, paragraphe {paragraph}',
  'cite.scRule': 'Règlement intérieur provisoire, article {n}',
  'cite.gaRule': 'Règlement intérieur de l’Assemblée générale, article {n}',
  'cite.icj': 'Statut de la Cour internationale de Justice, Article {article}',
  'cite.spec': 'spéc. {id}',
  'details.line': 'Détails — règles appliquées : {list}',
};
