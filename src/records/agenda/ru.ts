import type { AgendaMessages } from './en.js';

/** Русский: официальные названия ООН, где они есть; остальные — названия council. */
export const ru: AgendaMessages = {
  'item.adoptionOfAgenda': 'Утверждение повестки дня',
  'item.adoptionOfProvisionalAgenda': 'Утверждение предварительной повестки дня',
  'item.dprk': 'Положение в Корейской Народно-Демократической Республике',
  'item.middleEast': 'Положение на Ближнем Востоке, включая палестинский вопрос',
  'item.humanRights': 'Поощрение и защита прав человека',
  'text.dprkHumanRights': 'Положение в области прав человека в Корейской Народно-Демократической Республике',
  'text.iccAmendment': 'Поправка, исключающая пункты о передаче ситуации в Международный уголовный суд',
  'arria.dprk': 'Заседание по формуле Аррии, посвященное положению в области прав человека в Корейской Народно-Демократической Республике',
  'title.highCommissioner': 'Верховный комиссар Организации Объединенных Наций по правам человека',
  'title.specialRapporteurDprk':
    'Специальный докладчик по вопросу о положении в области прав человека в Корейской Народно-Демократической Республике',
  'title.asgHumanRights': 'Помощник Генерального секретаря по правам человека',
  'title.asgPoliticalAffairs': 'Помощник Генерального секретаря по политическим вопросам',
  'meeting.agendaVote': '{item}: голосование по повестке дня, {date}{hasSymbol, select, yes { ({symbol})} other {}}',
  'meeting.requestWithdrawn': '{item}: просьба отозвана, {month}',
  'meeting.openBriefing': '{item}: открытый брифинг, {date}',
  'meeting.arriaDprk': 'Заседание по формуле Аррии о правах человека в КНДР, {date} (трансляция заблокирована)',
  'meeting.thirdCommitteeDprk': 'Третий комитет, {date}: проект о правах человека в КНДР и кубинская поправка',
  'meeting.plenaryResolution': 'Генеральная Ассамблея, пленарное заседание, {date}: резолюция {resolution}',
  'meeting.hrcResolutionDprk': 'Совет по правам человека, {date}: резолюция {resolution} о КНДР',
  'session.thirdCommittee': 'Третий комитет: {item}',
  'session.hrc': 'Совет по правам человека, {n}-я сессия: {item}',
  'draft.recommended': '{item} (рекомендован Третьим комитетом)',
  'question.draftTitled': 'Проект резолюции: {item}',
  'question.draftSymbol': 'Проект резолюции {symbol}',
  'question.amendment': 'Поправка {symbol} ({name})',
};
