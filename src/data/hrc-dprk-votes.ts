/**
 * A Human Rights Council recorded vote on the DPRK: resolution 25/25 of 28 Mar 2014, which sent
 * the Commission of Inquiry's report (A/HRC/25/63) to the General Assembly for transmission to
 * the Security Council, adopted 30-6-11. The 47 members are those of 2014 (hrc-members.ts).
 */
import type { Ballot } from '../rules/types.js';
import type { Confidence } from './types.js';

export interface HrcVoteRecord {
  id: string;
  date: string;
  body: 'human-rights-council';
  document: string;
  description: string;
  published: { yes: number; no: number; abstain: number };
  outcome: 'adopted' | 'rejected';
  ballots: Readonly<Record<string, Ballot>>;
  note?: string;
  source: string;
  confidence: Confidence;
}

/** The 30 in favour, as listed by right-docs.org for A/HRC/RES/25/25 (checked during research). */
const YES_25_25 = [
  'ARG',
  'AUT',
  'BEN',
  'BWA',
  'BRA',
  'BFA',
  'CHL',
  'CRI',
  'CIV',
  'CZE',
  'EST',
  'FRA',
  'DEU',
  'IRL',
  'ITA',
  'JPN',
  'KAZ',
  'KOR',
  'MKD',
  'MDV',
  'MEX',
  'MNE',
  'MAR',
  'PER',
  'PHL',
  'ROU',
  'SLE',
  'ARE',
  'GBR',
  'USA',
];
/** The 6 against, as named by two press reports of the vote (nocutnews.co.kr and a report of the Geneva meeting, 28 Mar 2014). */
const NO_25_25 = ['CHN', 'CUB', 'PAK', 'RUS', 'VEN', 'VNM'];
/** The 11 abstaining: every other member of 2014 (30 + 6 + 11 = 47, so none can have been absent). */
const ABSTAIN_25_25 = ['DZA', 'COG', 'ETH', 'GAB', 'IND', 'IDN', 'KEN', 'KWT', 'NAM', 'SAU', 'ZAF'];

function ballotsOf(yes: readonly string[], no: readonly string[], abstain: readonly string[]): Record<string, Ballot> {
  const out: Record<string, Ballot> = {};
  for (const c of yes) out[c] = 'yes';
  for (const c of no) out[c] = 'no';
  for (const c of abstain) out[c] = 'abstain';
  return out;
}

export const hrcDprkVotes: readonly HrcVoteRecord[] = [
  {
    id: 'hrc-2014-03-28-res-25-25',
    date: '2014-03-28',
    body: 'human-rights-council',
    document: 'A/HRC/RES/25/25',
    description: "Situation of human rights in the Democratic People's Republic of Korea (adopted by recorded vote).",
    published: { yes: 30, no: 6, abstain: 11 },
    outcome: 'adopted',
    ballots: ballotsOf(YES_25_25, NO_25_25, ABSTAIN_25_25),
    note:
      'The 30 in favour as listed by right-docs.org; the 6 against as named in the press; the 11 abstentions are the remaining members ' +
      'of 2014 (hrc-members.ts), since the published tally accounts for all 47.',
    source:
      'A/HRC/RES/25/25 (28 Mar 2014): right-docs.org record with the vote (in favour); nocutnews.co.kr, 28 Mar 2014 and ' +
      'northkorearedstar.blogspot.com, 28 Mar 2014 (30-6-11; against: China, Cuba, Pakistan, Russia, Venezuela, Viet Nam); ' +
      'HRW Votes Count "HRC 25/25"; OHCHR meeting summary of 28 Mar 2014',
    confidence: 'confirmed',
  },
];
