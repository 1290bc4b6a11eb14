import type { TraceMessages } from './en.js';

/** Русский: рассуждение механизма шаг за шагом. */
export const ru: TraceMessages = {
  'sc.ballots':
    '{seats} мест, у каждого члена один голос: «за» — {yes}, «против» — {no}, воздержались — {abstain}{nonParticipation, plural, =0 {} other {, не участвовали в голосовании — #}}{absent, plural, =0 {} other {, отсутствовали — #}}.',
  'sc.required': 'Совету из {seats} членов необходимо {required} голосов «за».',
  'sc.absoluteMajority': 'Абсолютное большинство Совета из {seats} членов составляет {required}.',
  'sc.obliged':
    '{Names} как {count, plural, one {сторона} other {стороны}} в споре {count, plural, one {обязан} other {обязаны}} воздержаться{mode, select, strict { и не {count, plural, one {может} other {могут}} наложить вето} other { (только отмечается: голоса учитываются так, как поданы)}}.',
  'sc.count': 'Подано голосов «за»: {yes}; необходимо: {required}; {met, select, yes {порог достигнут} other {не хватает: {short}}}.',
  'sc.procedural.noVeto':
    '{count, plural, =0 {По процедурным вопросам право вето не применяется.} other {По процедурному вопросу вето нет: {count, plural, one {голос «против»} other {голоса «против»}} {ofNames} {count, plural, one {учитывается} other {учитываются}} лишь как {count, plural, one {голос} other {голоса}} «против».}}',
  'sc.veto': '{Names}: {how, select, votedAgainst {голосование «против»} other {отсутствие голоса «за»}} — вето.',
  'sc.vetoNotReached': 'До проверки на вето дело не доходит: проект не набрал необходимого числа голосов «за».',
  'sc.noPermanentAgainst':
    '{count, plural, =0 {Ни один постоянный член не голосовал против.} other {Ни один постоянный член не голосовал против; то, что {names} не {count, plural, one {проголосовал} other {проголосовали}} «за», не является вето.}}',
  'ga.presentAndVoting': 'Присутствующие и участвующие в голосовании = «за» + «против» = {pv}; воздержавшиеся ({abstain}) не учитываются.',
  'ga.tie': 'Голоса разделились поровну, поэтому предложение отклонено.',
  'ga.simple':
    'Простое большинство из {pv} присутствующих и участвующих в голосовании составляет {required}; подано голосов «за»: {yes} — {met, select, yes {достаточно} other {недостаточно}}.',
  'ga.twoThirds':
    'Две трети из {pv} присутствующих и участвующих в голосовании составляют {required} (3 × {yes} = {yes3} {met, select, yes {≥} other {<}} 2 × {pv} = {pv2}).',
  'ga.membership':
    'Большинство от общего числа членов ({membership}) составляет {required} независимо от явки; подано голосов «за»: {yes} — {met, select, yes {достаточно} other {недостаточно}}.',
  'mun.caucusMajority':
    'Простое большинство из {present} присутствующих членов составляет {required}; подано голосов «за»: {yes} — {met, select, yes {достаточно} other {недостаточно}}.',
  'cite.practiceMun': 'Практика моделей ООН',
  'cite.charter1945': 'статья {article} Устава (текст 1945 года)',
  'cite.charterProviso': 'пункт {paragraph} статьи {article} Устава, оговорка',
  'cite.gaRes': 'пункт {para} резолюции {res} Генеральной Ассамблеи',
  'trace.heading': 'Шаг за шагом:',
  'trace.step': '{rule} ({spec}): {text}',
  'warnings.heading': 'Предупреждения',
  'warnings.line': 'Предупреждение: {message}',
  // The engine's warnings, by their code (src/rules RuleWarning).
  'warning.seat-count-date-mismatch': 'Совет из {seats} членов на {date}: пороги следуют числу мест',
  'warning.chapter-unspecified': 'спор указан без главы: обязанность воздержаться (статья 27, пункт 3) не применена',
  'warning.obligatory-abstention-violation':
    '{Names} как {count, plural, one {сторона} other {стороны}} в споре {count, plural, one {должна} other {должны}} воздержаться при принятии решения на основании {chapter, select, VI {главы VI} other {пункта 3 статьи 52}}; голоса засчитаны как поданные (режим записи)',
  'warning.art19-no-vote':
    '{Names} не имеет права голоса согласно статье 19 Устава (задолженность); {ballot, select, yes {голос «за»} no {голос «против»} other {воздержание}} не засчитывается',
  'warning.committee-simple-majority':
    'главный комитет принимает решения простым большинством; требование {majority, select, twoThirds {большинства в две трети} other {особого большинства}} применяется только на пленарном заседании',
};
