import type { Messages } from './en.js';

/** Español: vocabulario de las actas del Consejo de Seguridad. */
export const es: Messages = {
  'head.adopted': 'Aprobado: {tally}.',
  'head.notAdopted': 'No aprobado: {tally}.',
  'head.approved': 'Aprobado (recomendación al plenario): {tally}.',
  'head.rejected': 'Rechazado: {tally}.',
  tally:
    '{yes, plural, =0 {ningún voto} one {# voto} other {# votos}} a favor, {no, plural, =0 {ninguno} other {#}} en contra y {abstain, plural, =0 {ninguna abstención} one {# abstención} other {# abstenciones}}',
  short: '{yes}, {short, plural, one {falta uno} other {faltan #}}',
  'sc.procedural':
    'Cuestión de procedimiento: se necesitan {required} votos afirmativos (Artículo 27, párrafo 2, de la Carta); {met, select, yes {se emitieron {yes}} other {{shortfall}}}.',
  'sc.procedural.noVeto':
    '{count, plural, one {El voto en contra} other {Los votos en contra}} {ofNames} no {count, plural, one {constituye veto} other {constituyen veto}}: el veto no se aplica a las cuestiones de procedimiento.',
  'sc.veto':
    'Cuestión de fondo: se emitieron los {required} votos afirmativos necesarios ({yes}), pero {count, plural, one {un miembro permanente, {names}, votó en contra} other {# miembros permanentes, {names}, votaron en contra}} (Artículo 27, párrafo 3, de la Carta): veto.',
  'sc.vetoByOption':
    'Cuestión de fondo: se necesitan {required} votos afirmativos, incluidos los de los miembros permanentes; {count, plural, one {un miembro permanente, {names}, no dio su voto afirmativo} other {# miembros permanentes, {names}, no dieron su voto afirmativo}}, lo que se cuenta como veto según la opción elegida.',
  'sc.insufficient': 'Cuestión de fondo: se necesitan {required} votos afirmativos (Artículo 27, párrafo 3, de la Carta); {shortfall}.',
  'sc.insufficient.permanentNo':
    '{count, plural, one {El voto en contra} other {Los votos en contra}} {ofNames} no se {count, plural, one {cuenta} other {cuentan}} como veto: el proyecto fracasó primero por falta de votos.',
  'sc.met':
    'Cuestión de fondo: se necesitan {required} votos afirmativos, incluidos los votos concurrentes de los miembros permanentes (Artículo 27, párrafo 3, de la Carta); se emitieron {yes} y ningún miembro permanente votó en contra.',
  'sc.notConcurring':
    '{kind, select, abstain {La abstención {ofNames}} nonParticipation {La no participación {ofNames}} other {La ausencia {ofNames}}} no constituye veto (Artículo 27, párrafo 3, de la Carta, según la práctica).',
  'sc.icj':
    'Elección de un miembro de la Corte Internacional de Justicia: se necesita la mayoría absoluta de {required} votos (Estatuto de la Corte, Artículo 10), sin distinción entre miembros permanentes y no permanentes; {met, select, yes {{yes} votos la alcanzan} other {{shortfall}}}.',
  'sc.obliged':
    '{names}, como {count, plural, one {parte} other {partes}} en la controversia, {count, plural, one {debe} other {deben}} abstenerse (Artículo 27, párrafo 3, de la Carta).',
  'ga.simple':
    'Se necesita la mayoría simple de los miembros presentes y votantes (Artículo 18, párrafo 3, de la Carta); las abstenciones no cuentan: {required} de {pv}.',
  'ga.twoThirds':
    'Cuestión importante: se necesita la mayoría de dos tercios de los miembros presentes y votantes (Artículo 18, párrafo 2, de la Carta); las abstenciones no cuentan: {required} de {pv}.',
  'ga.membership': 'Se necesita la mayoría de los {membership} miembros, cualquiera que sea la participación: {required}.',
  'ga.committee':
    'Comisión Principal: mayoría simple de los miembros presentes y votantes (artículo 125 del reglamento); las abstenciones no cuentan: {required} de {pv}.',
  'ga.tie': 'Al haber empate, la propuesta queda rechazada.',
  'caucus.majority':
    'Una moción de caucus requiere la mayoría simple de los miembros presentes (práctica del Modelo de la ONU): {required} votos a favor; se emitieron {yes}.',
  'cite.charter': 'Carta, Artículo {article}',
  'cite.charterPara': 'Carta, Artículo {article}, párrafo {paragraph}',
  'cite.scRule': 'Reglamento provisional, artículo {n}',
  'cite.gaRule': 'Reglamento de la Asamblea General, artículo {n}',
  'cite.icj': 'Estatuto de la Corte Internacional de Justicia, Artículo {article}',
  'cite.spec': 'espec. {id}',
  'details.line': 'Detalles — normas aplicadas: {list}',
};
