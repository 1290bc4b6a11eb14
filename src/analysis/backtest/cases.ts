import type { StateCode } from '../../rules/types.js';

/**
 * Who asked for each procedural vote and who objected before it: the forecast's inputs,
 * which the data layer's vote records (ballots only) do not carry. Never taken from the
 * ballots themselves, which would leak the outcome.
 */
export interface BacktestCase {
  /** CouncilVoteRecord.id in the data layer. */
  voteId: string;
  requestedBy: StateCode[];
  opposedBy: StateCode[];
  subject: StateCode;
  source: string;
  confidence: 'confirmed' | 'knowledge' | 'uncertain';
}

export const BACKTEST_CASES: readonly BacktestCase[] = [
  {
    voteId: 'dprk-2014-12-22',
    requestedBy: ['AUS', 'CHL', 'FRA', 'JOR', 'LTU', 'LUX', 'KOR', 'RWA', 'GBR', 'USA'],
    opposedBy: ['CHN'],
    subject: 'PRK',
    source: "Signatories of S/2014/872 and China's objection at the start of the meeting: scprocedure.org ch. 4 s. 3b and s. 3f",
    confidence: 'confirmed',
  },
  {
    voteId: 'dprk-2015-12-10',
    requestedBy: ['CHL', 'FRA', 'JOR', 'LTU', 'MYS', 'NZL', 'ESP', 'GBR', 'USA'],
    opposedBy: ['CHN'],
    subject: 'PRK',
    source: 'Signatories of S/2015/931: scprocedure.org ch. 4 s. 3f; China called the vote (data layer record)',
    confidence: 'confirmed',
  },
  {
    voteId: 'dprk-2016-12-09',
    requestedBy: ['FRA', 'JPN', 'MYS', 'NZL', 'ESP', 'UKR', 'GBR', 'USA', 'URY'],
    opposedBy: ['CHN'],
    subject: 'PRK',
    source:
      'Signatories of S/2016/1034 (data layer note, scprocedure.org); an objection led to the vote (scprocedure.org ch. 4 s. 3m), China assumed as in 2014, 2015, 2017',
    confidence: 'knowledge',
  },
  {
    voteId: 'dprk-2017-12-11',
    requestedBy: ['FRA', 'ITA', 'JPN', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'],
    opposedBy: ['CHN'],
    subject: 'PRK',
    source: 'Signatories of S/2017/1006: scprocedure.org ch. 4 s. 3m; China called the vote (data layer record)',
    confidence: 'confirmed',
  },
  {
    voteId: 'dprk-2024-06-12',
    requestedBy: ['USA', 'JPN', 'KOR', 'GBR'],
    opposedBy: ['CHN', 'RUS'],
    subject: 'PRK',
    source:
      'Data layer record (Reuters 12 Jun 2024): requested by the US, Japan, the Republic of Korea and the UK; China and Russia objected',
    confidence: 'confirmed',
  },
  {
    voteId: 'syria-hr-2018-03-19',
    requestedBy: ['FRA', 'GBR', 'USA'],
    opposedBy: ['RUS'],
    subject: 'SYR',
    source: 'From domain knowledge, not checked: the briefing was sought by France, the UK and the US; Russia objected (data layer record)',
    confidence: 'uncertain',
  },
  {
    voteId: 'venezuela-2019-01-26',
    requestedBy: ['USA'],
    opposedBy: ['RUS'],
    subject: 'VEN',
    source: 'Data layer record: meeting requested by the United States; Russia objected',
    confidence: 'knowledge',
  },
  {
    voteId: 'res-2623-2022-02-27',
    requestedBy: ['USA', 'ALB'],
    opposedBy: ['RUS'],
    subject: 'UKR',
    source: 'From domain knowledge, not checked: draft by the US and Albania after Russia vetoed S/2022/155 on 25 Feb 2022',
    confidence: 'knowledge',
  },
];
