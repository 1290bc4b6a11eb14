/**
 * Procedural votes of the Security Council (and related events without a vote), with
 * every member's ballot where the sources give it. A procedural decision needs nine
 * affirmative votes and no permanent member can veto it (Charter Art. 27(2); spec R20).
 * Above all the DPRK human-rights item, 2014–2024 (spec T1–T5, T37).
 */
import type { Ballot } from '../rules/types.js';
import type { CouncilVoteRecord } from './types.js';

/** Every listed member gets its ballot; a test checks the lists cover exactly that day's Council. */
function ballots(yes: readonly string[], no: readonly string[], abstain: readonly string[]): Record<string, Ballot> {
  const out: Record<string, Ballot> = {};
  for (const c of yes) out[c] = 'yes';
  for (const c of no) out[c] = 'no';
  for (const c of abstain) out[c] = 'abstain';
  return out;
}

const DPRK_ITEM = 'The situation in the Democratic People’s Republic of Korea';

export const councilVotes: readonly CouncilVoteRecord[] = [
  {
    id: 'dprk-2014-12-22',
    date: '2014-12-22',
    meeting: 'S/PV.7353',
    item: DPRK_ITEM,
    question: 'agenda',
    description:
      'Adoption of the provisional agenda including the new item, requested by ten members (S/2014/872); China objected and a procedural vote was taken.',
    ballots: ballots(['ARG', 'AUS', 'CHL', 'FRA', 'JOR', 'LTU', 'LUX', 'KOR', 'RWA', 'GBR', 'USA'], ['CHN', 'RUS'], ['TCD', 'NGA']),
    published: { yes: 11, no: 2, abstain: 2 },
    outcome: 'adopted',
    note: 'Chad, the December 2014 President, abstained. The item entered the Summary Statement (Rule 11).',
    source:
      'spec T1 [V]; Reuters 22 Dec 2014 (11–2–2, China and Russia against); michaelkirby.com.au (Chad the President and Nigeria abstaining); scprocedure.org ch. 4 s. 3j (S/PV.7353)',
    confidence: 'confirmed',
  },
  {
    id: 'dprk-2015-12-10',
    date: '2015-12-10',
    meeting: 'S/PV.7575',
    item: DPRK_ITEM,
    question: 'agenda',
    description: 'Adoption of the agenda with the item already on the Summary Statement; China called a procedural vote.',
    ballots: ballots(['CHL', 'FRA', 'JOR', 'LTU', 'MYS', 'NZL', 'ESP', 'GBR', 'USA'], ['AGO', 'CHN', 'RUS', 'VEN'], ['TCD', 'NGA']),
    published: { yes: 9, no: 4, abstain: 2 },
    outcome: 'adopted',
    note: 'First procedural vote on an item already on the Council agenda (Security Council Report, via Reuters).',
    source: 'spec T2 [V]; Reuters 10 Dec 2015 (almanar.com.lb copy names every ballot); scprocedure.org ch. 4 s. 3j (S/PV.7575)',
    confidence: 'confirmed',
  },
  {
    id: 'dprk-2016-12-09',
    date: '2016-12-09',
    meeting: 'S/PV.7830',
    item: DPRK_ITEM,
    question: 'agenda',
    description: 'Adoption of the agenda, requested by nine members (S/2016/1034); procedural vote.',
    ballots: ballots(['FRA', 'JPN', 'MYS', 'NZL', 'ESP', 'UKR', 'GBR', 'USA', 'URY'], ['AGO', 'CHN', 'EGY', 'RUS', 'VEN'], ['SEN']),
    published: { yes: 9, no: 5, abstain: 1 },
    outcome: 'adopted',
    note: 'The nine yes votes are the nine signatories of S/2016/1034 (scprocedure.org); the no and abstain ballots are as in spec T3.',
    source: 'spec T3 [V]; scprocedure.org ch. 4 s. 3j (signatories of S/2016/1034)',
    confidence: 'confirmed',
  },
  {
    id: 'dprk-2017-12-11',
    date: '2017-12-11',
    meeting: 'S/PV.8130',
    item: DPRK_ITEM,
    question: 'agenda',
    description: 'Adoption of the agenda, requested by nine members (S/2017/1006); China called a procedural vote.',
    ballots: ballots(['FRA', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'], ['BOL', 'CHN', 'RUS'], ['EGY', 'ETH']),
    published: { yes: 10, no: 3, abstain: 2 },
    outcome: 'adopted',
    note: 'Kazakhstan voted yes without signing S/2017/1006. The record symbol S/PV.8130 is not confirmed (spec Q8).',
    source:
      'spec T4; Reuters 11 Dec 2017 (10–3–2, Bolivia, China, Russia against; Egypt, Ethiopia abstaining); scprocedure.org ch. 4 s. 3m (signatories)',
    confidence: 'confirmed',
  },
  {
    id: 'dprk-2018-12-withdrawn',
    date: '2018-12-07',
    meeting: null,
    item: DPRK_ITEM,
    question: 'agenda',
    description:
      'The United States withdrew its request for a meeting on 10 Dec 2018 after only eight members backed it; Côte d’Ivoire (the December President) declined to support it. No meeting, no vote.',
    ballots: {},
    published: null,
    outcome: 'withdrawn',
    supporters: ['FRA', 'KWT', 'NLD', 'PER', 'POL', 'SWE', 'GBR', 'USA'],
    opponents: ['BOL', 'CHN', 'RUS'],
    note: 'Sources give the count (eight) and name Côte d’Ivoire as the member that would not back it, but not the eight; the supporters listed are inferred from the members’ positions in 2017–2019 and are not confirmed. Date: reports of Friday 7 Dec 2018.',
    source: 'AFP via azvision.az and brecorder.com (7–8 Dec 2018); welt.de/dpa; scprocedure.org ch. 4 s. 1d (no meeting in 2018)',
    confidence: 'uncertain',
  },
  {
    id: 'dprk-2023-03-17-arria',
    date: '2023-03-17',
    meeting: null,
    item: 'Arria-formula meeting on the human rights situation in the DPRK',
    question: 'meeting-format',
    description: 'Webcasting of an Arria-formula meeting needs every Council member’s consent; China objected, so it was not webcast.',
    ballots: {},
    published: null,
    outcome: 'no-vote',
    opponents: ['CHN'],
    note: 'Arria meetings are informal: no agenda, no vote, no S/PV record (spec R43, T37).',
    source: 'spec T37 [V]',
    confidence: 'knowledge',
  },
  {
    id: 'dprk-2023-08-17',
    date: '2023-08-17',
    meeting: null,
    item: 'Non-proliferation / the situation in the DPRK (human rights briefing)',
    question: 'agenda',
    description:
      'Open briefing requested by Albania, Japan, the Republic of Korea and the United States; the agenda was adopted without a vote, the first open meeting on DPRK human rights since 2017.',
    ballots: {},
    published: null,
    outcome: 'adopted-without-vote',
    supporters: ['ALB', 'JPN', 'USA'],
    note: 'The Republic of Korea co-requested the meeting but was not a Council member in 2023. Meeting symbol not confirmed here.',
    source:
      'Yonhap 21 Aug 2023; Korea Herald 18 Aug 2023; US Mission joint statement 10 Aug 2023; News1 (2024: "commenced without" a vote)',
    confidence: 'confirmed',
  },
  {
    id: 'dprk-2024-06-12',
    date: '2024-06-12',
    meeting: null,
    item: 'The situation in the Democratic People’s Republic of Korea (human rights)',
    question: 'agenda',
    description:
      'Meeting requested by the United States, Japan, the Republic of Korea and the United Kingdom; China and Russia objected and a procedural vote was held. Chaired by the Republic of Korea (June 2024 President).',
    ballots: ballots(['DZA', 'ECU', 'FRA', 'GUY', 'JPN', 'MLT', 'KOR', 'SLE', 'SVN', 'CHE', 'GBR', 'USA'], ['CHN', 'RUS'], ['MOZ']),
    published: { yes: 12, no: 2, abstain: 1 },
    outcome: 'adopted',
    note: 'The yes ballots are the twelve remaining members, as the published 12–2–1 requires. Reuters (dated 12 Jun) says "on Tuesday" (11 Jun); News1 gives 12 June. Meeting symbol not confirmed here.',
    source: 'Reuters (M. Nichols), 12 Jun 2024: twelve in favour, Russia and China against, Mozambique abstained; News1 (Korea) 2024',
    confidence: 'confirmed',
  },
  {
    id: 'res-2623-2022-02-27',
    date: '2022-02-27',
    meeting: 'S/PV.8980',
    item: 'Letter dated 28 February 2014 from the Permanent Representative of Ukraine (S/2014/136)',
    question: 'ges-referral',
    description: 'Resolution 2623 (2022) calling an emergency special session of the General Assembly on Ukraine (Uniting for Peace).',
    ballots: ballots(['ALB', 'BRA', 'FRA', 'GAB', 'GHA', 'IRL', 'KEN', 'MEX', 'NOR', 'GBR', 'USA'], ['RUS'], ['CHN', 'IND', 'ARE']),
    published: { yes: 11, no: 1, abstain: 3 },
    outcome: 'adopted',
    note: 'Procedural: the Russian no was not a veto (spec T7). Meeting symbol from memory.',
    source: 'spec T7 [V]; S/RES/2623 (2022)',
    confidence: 'knowledge',
  },
  {
    id: 'venezuela-2019-01-26',
    date: '2019-01-26',
    meeting: 'S/PV.8452',
    item: 'The situation in the Bolivarian Republic of Venezuela',
    question: 'agenda',
    description: 'Adoption of the agenda for a meeting requested by the United States; Russia objected and called a procedural vote.',
    ballots: ballots(['BEL', 'DOM', 'FRA', 'DEU', 'KWT', 'PER', 'POL', 'GBR', 'USA'], ['CHN', 'GNQ', 'RUS', 'ZAF'], ['CIV', 'IDN']),
    published: { yes: 9, no: 4, abstain: 2 },
    outcome: 'adopted',
    source: 'UN meetings coverage of 26 Jan 2019 (S/PV.8452); from domain knowledge, not re-checked in this pass',
    confidence: 'knowledge',
  },
  {
    id: 'syria-hr-2018-03-19',
    date: '2018-03-19',
    meeting: 'S/PV.8209',
    item: 'The situation in the Middle East (Syria): briefing by the High Commissioner for Human Rights',
    question: 'agenda',
    description: 'Adoption of the agenda for a briefing by the High Commissioner for Human Rights on Syria; Russia objected.',
    ballots: ballots(['FRA', 'KWT', 'NLD', 'PER', 'POL', 'SWE', 'GBR', 'USA'], ['BOL', 'CHN', 'KAZ', 'RUS'], ['CIV', 'GNQ', 'ETH']),
    published: { yes: 8, no: 4, abstain: 3 },
    outcome: 'not-adopted',
    note: 'Eight votes, one short of nine: the agenda was not adopted and the meeting ended (spec R13, R20).',
    source: 'UN meetings coverage of 19 Mar 2018 (S/PV.8209); from domain knowledge, not re-checked in this pass',
    confidence: 'knowledge',
  },
];
