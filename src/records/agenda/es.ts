import type { AgendaMessages } from './en.js';

/** Español: los títulos oficiales de las Naciones Unidas donde los hay; los demás son de council. */
export const es: AgendaMessages = {
  'item.adoptionOfAgenda': 'Aprobación del orden del día',
  'item.adoptionOfProvisionalAgenda': 'Aprobación del orden del día provisional',
  'item.dprk': 'La situación en la República Popular Democrática de Corea',
  'item.middleEast': 'La situación en Oriente Medio, incluida la cuestión de Palestina',
  'item.humanRights': 'Promoción y protección de los derechos humanos',
  'text.dprkHumanRights': 'Situación de los derechos humanos en la República Popular Democrática de Corea',
  'text.iccAmendment': 'Enmienda por la que se suprimen los párrafos relativos a la remisión a la Corte Penal Internacional',
  'arria.dprk':
    'Reunión con arreglo a la fórmula Arria sobre la situación de los derechos humanos en la República Popular Democrática de Corea',
  'title.highCommissioner': 'Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
  'title.specialRapporteurDprk': 'Relator Especial sobre la situación de los derechos humanos en la República Popular Democrática de Corea',
  'title.asgHumanRights': 'Subsecretario General de Derechos Humanos',
  'title.asgPoliticalAffairs': 'Subsecretario General de Asuntos Políticos',
  'meeting.agendaVote': '{item}: votación sobre el orden del día, {date}{hasSymbol, select, yes { ({symbol})} other {}}',
  'meeting.requestWithdrawn': '{item}: solicitud retirada, {month}',
  'meeting.openBriefing': '{item}: sesión informativa pública, {date}',
  'meeting.arriaDprk': 'Reunión con arreglo a la fórmula Arria sobre los derechos humanos en la RPDC, {date} (transmisión bloqueada)',
  'meeting.thirdCommitteeDprk': 'Tercera Comisión, {date}: proyecto sobre los derechos humanos en la RPDC y enmienda de Cuba',
  'meeting.plenaryResolution': 'Asamblea General, sesión plenaria, {date}: resolución {resolution}',
  'meeting.hrcResolutionDprk': 'Consejo de Derechos Humanos, {date}: resolución {resolution} sobre la RPDC',
  'session.thirdCommittee': 'Tercera Comisión: {item}',
  'session.hrc': 'Consejo de Derechos Humanos, {n}º período de sesiones: {item}',
  'draft.recommended': '{item} (recomendado por la Tercera Comisión)',
  'question.draftTitled': 'Proyecto de resolución: {item}',
  'question.draftSymbol': 'Proyecto de resolución {symbol}',
  'question.amendment': 'Enmienda {symbol} ({name})',
};
