import type { Messages } from './en.js';

/** 中文：安全理事会会议记录用语。 */
export const zh: Messages = {
  'head.adopted': '通过：{tally}。',
  'head.notAdopted': '未通过：{tally}。',
  'head.approved': '核可（向全体会议提出建议）：{tally}。',
  'head.rejected': '否决：{tally}。',
  tally: '{yes}票赞成，{no}票反对，{abstain}票弃权',
  short: '{yes}票，差{short}票',
  'sc.procedural': '程序问题：需要{required}张赞成票（《宪章》第二十七条第二项）；{met, select, yes {已获得{yes}票} other {{shortfall}}}。',
  'sc.procedural.noVeto': '{names}投的反对票不构成否决：否决权不适用于程序问题。',
  'sc.veto': '实质问题：所需的{required}张赞成票已经获得（{yes}票），但常任理事国{names}投了反对票（《宪章》第二十七条第三项）：否决。',
  'sc.vetoByOption': '实质问题：需要{required}张赞成票，包括常任理事国的同意票；常任理事国{names}未投同意票，按所选选项视为否决。',
  'sc.insufficient': '实质问题：需要{required}张赞成票（《宪章》第二十七条第三项）；{shortfall}。',
  'sc.insufficient.permanentNo': '{names}投的反对票不算作否决：草案首先因票数不足而未获通过。',
  'sc.met':
    '实质问题：需要{required}张赞成票，包括常任理事国的同意票（《宪章》第二十七条第三项）；已获得{yes}票，且没有常任理事国投反对票。',
  'sc.notConcurring':
    '{kind, select, abstain {{names}弃权} nonParticipation {{names}未参加表决} other {{names}缺席}}不构成否决（按惯例适用的《宪章》第二十七条第三项）。',
  'sc.icj':
    '选举国际法院法官：需要{required}票的绝对多数（《国际法院规约》第十条），常任理事国与其他理事国不加区别；{met, select, yes {{yes}票已达到} other {{shortfall}}}。',
  'sc.obliged': '{names}作为争端当事国，不得投票（《宪章》第二十七条第三项）。',
  'ga.simple': '需要出席并参加表决的会员国的简单多数（《宪章》第十八条第三项）；弃权不计：{pv}票中需要{required}票。',
  'ga.twoThirds': '重要问题：需要出席并参加表决的会员国的三分之二多数（《宪章》第十八条第二项）；弃权不计：{pv}票中需要{required}票。',
  'ga.membership': '无论出席多少，需要全体{membership}个会员国的过半数：{required}票。',
  'ga.committee': '主要委员会：出席并参加表决的成员的简单多数（议事规则第125条）；弃权不计：{pv}票中需要{required}票。',
  'ga.tie': '赞成票和反对票相等，提案即被否决。',
  'caucus.majority': '磋商动议需要出席成员的简单多数（模拟联合国惯例）：需 {required} 票赞成；实得 {yes} 票。',
  'cite.charter': '《宪章》第{article}条',
  'cite.charterPara': '《宪章》第{article}条第{paragraph}项',
  'cite.scRule': '暂行议事规则第{n}条',
  'cite.gaRule': '大会议事规则第{n}条',
  'cite.icj': '《国际法院规约》第{article}条',
  'cite.spec': '规范 {id}',
  'details.line': '详情——适用的规则：{list}',
};
