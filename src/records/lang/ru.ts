import type { RecordMessages } from './en.js';

/** Русский: оформление стенографических отчетов (S/PV) и формулировки Председателя. */
export const ru: RecordMessages = {
  un: 'Организация Объединенных Наций',
  'organ.security-council': 'Совет Безопасности',
  'organ.general-assembly': 'Генеральная Ассамблея',
  'organ.ga-third-committee': 'Генеральная Ассамблея, Третий комитет',
  'organ.plenary': 'Генеральная Ассамблея, пленарное заседание',
  'organ.ga-main-committee':
    'Генеральная Ассамблея, {n, plural, =1 {Первый комитет} =2 {Второй комитет} =3 {Третий комитет} =4 {Четвертый комитет} =5 {Пятый комитет} =6 {Шестой комитет} other {главный комитет}}',
  'organ.human-rights-council': 'Совет по правам человека',
  'title.arria': '{organ} — члены: встреча по формуле Аррии (неофициальный документ)',
  'title.communique': '{organ}: коммюнике',
  'label.verbatim': 'Стенографический отчет',
  'label.communique': 'Коммюнике',
  'label.arria': 'Встреча по формуле Аррии (неофициальный документ)',
  'heading.year': '{n} год',
  'heading.session': '{n} сессия',
  'heading.meeting': '{n}-е заседание',
  heading: '{year}, {meeting}',
  president: 'Председатель: {name}',
  convenedBy: 'Организаторы: {names}',
  members: 'Члены: {names}',
  request: 'Просьба: письмо {display}',
  'request.joint': 'Просьба: письмо {display} (документ органов: {organs})',
  agenda: 'Повестка дня',
  'agenda.adoption': 'Утверждение повестки дня',
  participants: 'Участники',
  'participant.declined': 'отклонил приглашение',
  'participant.invited': 'приглашен {rule, select, special {в особом порядке} other {в соответствии с правилом {rule}}}',
  'participant.proposed': 'предложен',
  'participant.notInvited': 'не приглашен',
  proceedings: 'Ход заседания',
  vote: 'Голосование: {question}',
  'method.show': 'Проводится голосование поднятием руки.',
  'method.recorded': 'Проводится заносимое в отчет о заседании голосование.',
  'method.totals': 'Проводится заносимое в отчет о заседании голосование (в этом отчете — только итоги).',
  'list.yes': 'Голосовали за',
  'list.no': 'Голосовали против',
  'list.abstain': 'Воздержались',
  'list.nonParticipation': 'Не участвовали в голосовании',
  'list.absent': 'Отсутствовали',
  'list.none': 'нет',
  'list.caption': 'Голосование членов',
  'chair.president': 'Председатель',
  'chair.chair': 'Председатель Комитета',
  why: 'Почему (система правил)',
  sources: 'Источники',
  result:
    'Результаты голосования: {yes, plural, one {# голос} few {# голоса} many {# голосов} other {# голоса}} «за», {no, plural, one {# голос} few {# голоса} many {# голосов} other {# голоса}} «против» и {abstain, plural, =0 {ни одного воздержавшегося} one {# воздержавшийся} other {# воздержавшихся}}.',
  'what.agenda': 'Предварительная повестка дня',
  'what.invitation': 'Предложение о приглашении',
  'what.motion':
    'Предложение {motion, select, suspend {о перерыве в заседании} adjourn {о закрытии заседания} adjournTo {о переносе заседания на определенный день или час} refer {о передаче вопроса} adjournDebate {об отсрочке прений по пункту} closeDebate {о прекращении прений по пункту} competence {о решении вопроса о компетенции органа} moderatedCaucus {о проведении модерируемых консультаций} unmoderatedCaucus {о проведении немодерируемых консультаций} extendCaucus {о продлении консультаций} other {об отсрочке обсуждения}}',
  'what.amendment': 'Поправка{hasSymbol, select, yes {, содержащаяся в документе {symbol},} other {}}',
  'what.draft': 'Проект резолюции{hasSymbol, select, yes {, содержащийся в документе {symbol},} other {}}',
  'what.other': 'Предложение',
  'ann.adopted':
    '{what} {subject, select, agenda {утверждена} amendment {принята} invitation {принято} motion {принято} other {принят}}{hasResolution, select, yes { в качестве резолюции {resolution}} other {}}.',
  'ann.rejected':
    '{what} {subject, select, agenda {отклонена} amendment {отклонена} invitation {отклонено} motion {отклонено} other {отклонен}}.',
  'ann.approved':
    '{what} {subject, select, agenda {одобрена} amendment {одобрена} invitation {одобрено} motion {одобрено} other {одобрен}}.',
  'ann.committeeRejected':
    '{what} {subject, select, agenda {отклонена} amendment {отклонена} invitation {отклонено} motion {отклонено} other {отклонен}}.',
  'ann.veto':
    '{what} не {subject, select, agenda {утверждена} amendment {принята} invitation {принято} motion {принято} other {принят}} в связи с тем, что против {n, plural, one {проголосовал постоянный член} few {проголосовали # постоянных члена} many {проголосовали # постоянных членов} other {проголосовали # постоянного члена}} Совета.',
  'ann.failed':
    '{what} не {subject, select, agenda {утверждена} amendment {принята} invitation {принято} motion {принято} other {принят}}, не получив необходимого числа голосов.',
  'note.noNumber': 'Номер заседания в этой сессии не записан, поэтому условное обозначение отчета (S/PV.<n>) не приводится.',
  'note.communique':
    'Закрытое заседание: настоящее коммюнике, выпущенное через Генерального секретаря, заменяет стенографический отчет (правило 55).',
  'note.arria':
    'Встречи по формуле Аррии не являются заседаниями Совета Безопасности: нет ни официального отчета, ни повестки дня, ни голосования. Это резюме такого рода, какое могут распространить организаторы.',
  'note.notWebcast': 'Встреча не транслировалась на UN Web TV.',
  'note.consultations': 'Консультации полного состава не являются официальными заседаниями: отчет не ведется.',
  'note.withdrawn': 'Просьба была отозвана до заседания: заседание не проводилось, отчета нет.',
  'communique.considered':
    'На своем {meeting}, состоявшемся при закрытых дверях {date}, Совет Безопасности рассмотрел пункт, озаглавленный «{title}».',
  'communique.privateMeeting': 'закрытом заседании',
  'communique.invited': 'Совет постановил пригласить {names} принять участие в обсуждении без права голоса.',
  'format.public': 'открытое заседание',
  'format.private': 'закрытое заседание',
  'format.consultations': 'консультации полного состава',
  'format.arria': 'встреча по формуле Аррии',
  'format.meeting': 'заседание',
  'e.session':
    '{organ}, {format}, {date}: {title}{chair, select, convened {; организаторы: {names}} president {; Председатель: {name}} other {}}.',
  'e.requested':
    'Просьба о созыве заседания в соответствии с правилом {rule} временных правил процедуры; просят: {names}{urgent, select, yes { (в срочном порядке)} other {}}{hasLetter, select, yes { (письмо{hasDate, select, yes { от {letterDate}} other {}}, {symbols})} other {}}.',
  'e.supportCounted':
    'Подсчет: число членов, поддерживающих просьбу, — {count}{hasNames, select, yes { ({names})} other {}}; для процедурного голосования нужно {required}: {winnable, select, yes {его можно выиграть} other {оно будет проиграно}}.{hasNote, select, yes { {note}.} other {}}',
  'e.withdrawn':
    'Просьба отозвана{hasBy, select, yes { (отозвал: {name})} other {}}{hasReason, select, yes {: {reason}} other {}}. Заседание не проводилось.',
  'e.scheduled': 'Председатель{hasBy, select, yes { ({name})} other {}} назначил заседание на {date}.',
  'e.opened': 'Заседание объявляется открытым.',
  'e.agendaProposed': 'Предварительная повестка дня: 1. Утверждение повестки дня. {items}',
  'e.agendaObjected': 'Возражение против утверждения предварительной повестки дня: {name}.',
  'e.agendaWithoutVote': 'Повестка дня утверждается без голосования.',
  'e.agendaAdopted': 'Повестка дня утверждается.',
  'e.agendaNotAdopted': 'Повестка дня не утверждена: Совет не может рассмотреть пункт на этом заседании.',
  'e.summaryAdded': '«{item}» включается в краткое сообщение о вопросах, которые рассматривает Совет Безопасности (правило 11).',
  'e.summaryRemains': '«{item}» остается в кратком сообщении; последнее официальное рассмотрение — {date}.',
  'e.invitationProposed':
    'Председатель предлагает пригласить: {invitee}{hasTitle, select, yes {, {title},} other {}} {rule, select, special {в особом порядке} other {в соответствии с правилом {rule}}}.',
  'e.invitationObjected': 'Возражение против приглашения ({invitee}): {name}.',
  'e.invited': 'Приглашены: {names}',
  'e.notInvited': 'Не приглашены: {names}',
  'e.invitationsDecided': '{parts}{withoutVote, select, yes { (возражений нет)} other {}}.',
  'e.invitationDeclined': 'Приглашение отклонено: {name}.{hasNote, select, yes { {note}} other {}}',
  'e.floorRequested': 'Просьба о предоставлении слова: {name}.',
  'e.statement':
    '{speaker}: {kind, select, statement {заявление} briefing {брифинг} before {заявление по мотивам голосования до голосования} after {заявление по мотивам голосования после голосования} other {заявление в качестве представителя своей страны}}{hasSummary, select, yes { — {summary}} other {.}}',
  'e.draftSubmitted': 'На рассмотрении заседания проект: {label}{hasSponsors, select, yes {; авторы: {names}} other {}}.',
  'e.amendmentSubmitted': 'Внесена поправка: {label}{hasSponsors, select, yes {; авторы: {names}} other {}}.',
  'e.draftWithdrawn': '{id}: отозван.',
  'e.motionMoved':
    '{who}: предложение {motion, select, suspend {прервать заседание} adjourn {закрыть заседание} adjournTo {отложить заседание до определенного дня или часа} refer {передать вопрос} adjournDebate {отложить прения по пункту} closeDebate {прекратить прения по пункту} competence {решить вопрос о компетенции органа} other {отложить обсуждение}}{hasDetail, select, yes { ({detail})} other {}} (правило 33).',
  'e.motionLapsed': 'Предложение {id} утратило силу.',
  'e.caucusMoved':
    '{who} внес(ла) предложение {kind, select, moderated {провести модерируемые консультации продолжительностью {total}, по {each} на оратора} unmoderated {провести немодерируемые консультации продолжительностью {total}} other {продлить консультации на {total}}}{hasTopic, select, yes { по теме «{topic}»} other {}} (практика моделей ООН).',
  'e.caucusStarted':
    'Заседание перешло к {kind, select, moderated {модерируемым консультациям} other {немодерируемым консультациям}} продолжительностью {total}.',
  'e.caucusExtended': 'Консультации продлены на {total}.',
  'e.caucusEnded': 'Консультации завершились через {total}.',
  'e.voteOpened': 'Председатель ставит на голосование: {question}.',
  'e.ballot': '{Name}: {ballot, select, yes {за} no {против} abstain {воздержался} nonParticipation {не участвует} other {отсутствует}}.',
  'e.voteRecorded': 'Голосование: {question}. {result} {announcement}',
  'e.webcastConsent': '{Name}: {consent, select, yes {согласие} other {нет согласия}} на веб-трансляцию ООН.',
  'e.webcastAllowed': 'Согласие дали все члены: встреча транслируется на UN Web TV.',
  'e.webcastBlocked':
    'ООН не транслирует встречу{hasObjectors, select, yes { (возражение: {names})} other {}}; она проводится очно (требуется согласие всех пятнадцати членов).',
  'e.suspended': 'Заседание прерывается.',
  'e.resumed': 'Заседание возобновляется.',
  'e.adjourned': 'Заседание откладывается.',
  'e.closed': 'Заседание закрывается.',
  'e.rose': 'Заседание закрывается.',
  'e.thePresident': 'Председатель',
  documents: 'Документы',
  'e.communicationSubmitted':
    'Письмо ({name}) на имя {to, select, sg {Генерального секретаря} other {Председателя Совета}} («{title}») с просьбой распространить его в качестве документа {organs}.',
  'e.circulation.assembly': 'Генеральной Ассамблеи по {count, plural, one {пункту} other {пунктам}} {items} повестки дня',
  'e.circulation.council': 'Совета Безопасности',
  'e.documentIssued':
    'Выпущен документ {symbol}{modifier, select, Rev { (исправленный вариант)} Add { (добавление)} Corr { (исправление)} other {}}: {what}.',
  'e.aCommunication': 'Сообщение',
  'e.aDraft': 'Проект',
  // Division of a text (Rule 32; GA rule 89).
  'what.division': 'Предложение о раздельном голосовании',
  'what.part': '{kind, select, preambular {Пункт {n} преамбулы} other {Пункт {n} постановляющей части}}',
  'e.part': '{kind, select, preambular {пункт {n} преамбулы} other {пункт {n} постановляющей части}}',
  'e.divisionRequested': '{Name}: просьба провести раздельное голосование: {parts} ({rule}).',
  'e.divisionObjected':
    'Возражение против раздельного голосования: {name}{effect, select, blocks { (автор текста): части не ставятся на голосование раздельно} other {; предложение о раздельном голосовании ставится на голосование}} ({rule}).',
  'e.divisionDecided':
    '{outcome, select, agreed {Раздельное голосование принято: части ставятся на голосование раздельно} rejected {Предложение о раздельном голосовании отклонено: текст ставится на голосование в целом} other {Раздельного голосования не проводится}} ({rule}).',
  'e.partDecided': 'При раздельном голосовании {part}: {retained, select, yes {сохраняется} other {не сохраняется}}: «{wording}»',
  'e.divisionCompleted':
    '{outcome, select, rejected {Поскольку все части постановляющей части отклонены, предложение считается отклоненным в целом} other {Сохраненные части ставятся на голосование в целом}} ({rule}).',
  'ann.part': '{what} {retained, select, yes {сохраняется} other {не сохраняется}}.',
  'text.adopted': 'Принятый текст{hasSymbol, select, yes { ({symbol})} other {}}: {title}',
};
