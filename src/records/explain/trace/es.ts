import type { TraceMessages } from './en.js';

/** Español: el razonamiento del motor, paso a paso. */
export const es: TraceMessages = {
  'sc.ballots':
    '{seats} puestos, un voto cada uno: {yes} a favor, {no} en contra, {abstain, plural, =0 {ninguna abstención} one {# abstención} other {# abstenciones}}{nonParticipation, plural, =0 {} other {, # no participan en la votación}}{absent, plural, =0 {} one {, # ausente} other {, # ausentes}}.',
  'sc.required': 'Un Consejo de {seats} miembros necesita {required} votos afirmativos.',
  'sc.absoluteMajority': 'La mayoría absoluta de un Consejo de {seats} miembros es {required}.',
  'sc.obliged':
    '{Names}, como {count, plural, one {parte} other {partes}} en la controversia, {count, plural, one {debe} other {deben}} abstenerse{mode, select, strict { y no {count, plural, one {puede} other {pueden}} ejercer el veto} other { (solo se deja constancia: los votos se cuentan como se emitieron)}}.',
  'sc.count':
    '{yes, plural, =0 {Ningún voto afirmativo} one {# voto afirmativo} other {# votos afirmativos}}, se necesitan {required}: {met, select, yes {se alcanza la cifra} other {faltan {short}}}.',
  'sc.procedural.noVeto':
    '{count, plural, =0 {El veto no se aplica a las cuestiones de procedimiento.} other {No hay veto en una cuestión de procedimiento: {count, plural, one {el voto en contra} other {los votos en contra}} {ofNames} solo {count, plural, one {cuenta} other {cuentan}} como {count, plural, one {voto} other {votos}} en contra.}}',
  'sc.veto': 'Veto: {how, select, votedAgainst {voto en contra} other {falta de voto afirmativo}} {ofNames}.',
  'sc.vetoNotReached': 'No se llega a examinar el veto: el proyecto no obtuvo los votos afirmativos necesarios.',
  'sc.noPermanentAgainst':
    '{count, plural, =0 {Ningún miembro permanente votó en contra.} other {Ningún miembro permanente votó en contra; {names} no {count, plural, one {votó} other {votaron}} a favor, lo que no constituye un veto.}}',
  'ga.presentAndVoting':
    'Presentes y votantes = a favor + en contra = {pv}; {abstain, plural, =0 {no hay abstenciones} one {# abstención no se cuenta} other {# abstenciones no se cuentan}}.',
  'ga.tie': 'Al haber empate, la propuesta queda rechazada.',
  'ga.simple':
    'La mayoría simple de los {pv} miembros presentes y votantes es {required}; {yes} votos {met, select, yes {la alcanzan} other {no bastan}}.',
  'ga.twoThirds':
    'Dos tercios de los {pv} miembros presentes y votantes son {required} (3 × {yes} = {yes3} {met, select, yes {≥} other {<}} 2 × {pv} = {pv2}).',
  'ga.membership':
    'La mayoría de los {membership} miembros es {required}, sea cual sea la participación; {yes} votos {met, select, yes {la alcanzan} other {no bastan}}.',
  'mun.caucusMajority':
    'La mayoría simple de los {present} miembros presentes es {required}; {yes} votos {met, select, yes {la alcanzan} other {no bastan}}.',
  'cite.practiceMun': 'Práctica de los modelos de las Naciones Unidas',
  'cite.charter1945': 'Carta, Artículo {article} (texto de 1945)',
  'cite.charterProviso': 'Carta, Artículo {article}, párrafo {paragraph}, in fine',
  'cite.gaRes': 'resolución {res} de la Asamblea General, párr. {para}',
  'trace.heading': 'Paso a paso:',
  'trace.step': '{rule} ({spec}): {text}',
  'warnings.heading': 'Advertencias',
  'warnings.line': 'Advertencia: {message}',
  // The engine's warnings, by their code (src/rules RuleWarning).
  'warning.seat-count-date-mismatch': 'Consejo de {seats} miembros el {date}: los umbrales siguen el número de puestos',
  'warning.chapter-unspecified':
    'se indicó una controversia sin capítulo: no se aplicó la obligación de abstenerse (Artículo 27, párrafo 3)',
  'warning.obligatory-abstention-violation':
    '{Names}, {count, plural, one {parte} other {partes}} en la controversia, {count, plural, one {debe} other {deben}} abstenerse en una decisión adoptada en virtud {chapter, select, VI {del Capítulo VI} other {del párrafo 3 del Artículo 52}}; se cuenta el voto emitido (modo de registro)',
  'warning.art19-no-vote':
    '{Names} no tiene voto en virtud del Artículo 19 de la Carta (atrasos); no se cuenta {ballot, select, yes {su voto a favor} no {su voto en contra} other {su abstención}}',
  'warning.committee-simple-majority':
    'una Comisión Principal decide por mayoría simple; la mayoría {majority, select, twoThirds {de dos tercios} other {cualificada}} solo se aplica en sesión plenaria',
};
