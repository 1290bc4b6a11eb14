import type { TraceMessages } from './en.js';

/** 中文：引擎的逐步推理。 */
export const zh: TraceMessages = {
  'sc.ballots':
    '{seats}个席位，每个成员一票：{yes}票赞成，{no}票反对，{abstain}票弃权{nonParticipation, plural, =0 {} other {，#个成员未参加表决}}{absent, plural, =0 {} other {，#个成员缺席}}。',
  'sc.required': '{seats}个成员的安理会需要{required}个赞成票。',
  'sc.absoluteMajority': '{seats}个成员的安理会的绝对多数为{required}票。',
  'sc.obliged': '{names}作为争端当事方，应放弃投票{mode, select, strict {，不能行使否决权} other {（仅作记录：投票按所投计算）}}。',
  'sc.count': '赞成票{yes}票，需要{required}票：{met, select, yes {已达到} other {还差{short}票}}。',
  'sc.procedural.noVeto': '{count, plural, =0 {否决权不适用于程序性问题。} other {程序性问题没有否决：{names}的反对票仅算作反对票。}}',
  'sc.veto': '{names}{how, select, votedAgainst {投了反对票} other {未投赞成票}}：否决。',
  'sc.vetoNotReached': '不进入否决的审查：决议草案未获得所需赞成票。',
  'sc.noPermanentAgainst':
    '{count, plural, =0 {没有常任理事国投反对票。} other {没有常任理事国投反对票；{names}未投赞成票，这不构成否决。}}',
  'ga.presentAndVoting': '出席并参加表决 = 赞成 + 反对 = {pv}；{abstain}票弃权不计在内。',
  'ga.tie': '赞成票和反对票相等，提案被否决。',
  'ga.simple': '{pv}个出席并参加表决的成员的简单多数为{required}票；{yes}票赞成{met, select, yes {，已达到} other {，不够}}。',
  'ga.twoThirds':
    '{pv}个出席并参加表决的成员的三分之二为{required}票（3 × {yes} = {yes3} {met, select, yes {≥} other {<}} 2 × {pv} = {pv2}）。',
  'ga.membership': '{membership}个会员国的多数为{required}票，不论出席多少；{yes}票赞成{met, select, yes {，已达到} other {，不够}}。',
  'mun.caucusMajority': '{present}个出席成员的简单多数为{required}票；{yes}票赞成{met, select, yes {，已达到} other {，不够}}。',
  'cite.practiceMun': '模拟联合国惯例',
  'cite.charter1945': '《宪章》第{article}条（1945年文本）',
  'cite.charterProviso': '《宪章》第{article}条第{paragraph}项但书',
  'cite.gaRes': '大会第{res}号决议第{para}段',
  'trace.heading': '逐步推理：',
  'trace.step': '{rule}（{spec}）：{text}',
  'warnings.heading': '警告',
  'warnings.line': '警告：{message}',
  // The engine's warnings, by their code (src/rules RuleWarning).
  'warning.seat-count-date-mismatch': '{date}安理会有{seats}个席位；门槛按席位数计算',
  'warning.chapter-unspecified': '给出了争端但未指明章次；未适用第二十七条第三项规定的弃权义务',
  'warning.obligatory-abstention-violation':
    '{names}作为争端当事方，在根据{chapter, select, VI {第六章} other {第五十二条第三项}}作出的决定中必须弃权；已按所投票计入（仅记录模式）',
  'warning.art19-no-vote':
    '{names}根据《宪章》第十九条（拖欠会费）无投票权；其{ballot, select, yes {赞成票} no {反对票} other {弃权}}不计入',
  'warning.committee-simple-majority':
    '主要委员会以简单多数作出决定；{majority, select, twoThirds {三分之二多数} other {特定多数}}要求仅适用于全体会议',
};
