/**
 * General Assembly votes on the DPRK human-rights resolution of 2014, which sent the
 * Commission of Inquiry report to the Security Council (GA res 69/188, para. 8) and
 * led to the Council's first meeting on the item (22 Dec 2014). Plenary ballots are
 * transcribed from roll call 5377 of the Voeten GA dataset (/work/shared/data/unga-votes),
 * generated once by script: 116 yes, 20 no, 53 abstain (189 recorded; the other 4 Members did not vote).
 *
 * The Third Committee votes of 18 Nov 2014 carry their tallies only. Their per-member ballots are in
 * the annexes of press release GA/SHC/4122, of which only the opening could be read during research;
 * no other source found lists them (the UN Digital Library's voting data covers plenary votes).
 */
import type { Ballot } from '../rules/types.js';
import { SOURCES } from './sources.js';
import type { Confidence } from './types.js';

export interface GaVoteRecord {
  id: string;
  date: string;
  body: 'plenary' | 'third-committee';
  document: string;
  description: string;
  /** The tally as officially announced. */
  published: { yes: number; no: number; abstain: number };
  outcome: 'adopted' | 'rejected';
  /** Per-member ballots where a source gives them (plenary roll call only). */
  ballots: Readonly<Record<string, Ballot>> | null;
  note?: string;
  source: string;
  confidence: Confidence;
}

const YES_5377 = [
  'AFG',
  'ALB',
  'AND',
  'ARE',
  'ARG',
  'ARM',
  'AUS',
  'AUT',
  'BDI',
  'BEL',
  'BEN',
  'BFA',
  'BGR',
  'BHR',
  'BHS',
  'BIH',
  'BLZ',
  'BRA',
  'BRB',
  'BTN',
  'BWA',
  'CAF',
  'CAN',
  'CHE',
  'CHL',
  'CIV',
  'COL',
  'CPV',
  'CRI',
  'CYP',
  'CZE',
  'DEU',
  'DJI',
  'DMA',
  'DNK',
  'ESP',
  'EST',
  'FIN',
  'FRA',
  'FSM',
  'GBR',
  'GEO',
  'GHA',
  'GNB',
  'GRC',
  'GRD',
  'GTM',
  'HND',
  'HRV',
  'HTI',
  'HUN',
  'IRL',
  'IRQ',
  'ISL',
  'ISR',
  'ITA',
  'JAM',
  'JOR',
  'JPN',
  'KAZ',
  'KIR',
  'KOR',
  'LBN',
  'LBR',
  'LIE',
  'LTU',
  'LUX',
  'LVA',
  'MAR',
  'MCO',
  'MDA',
  'MDG',
  'MDV',
  'MEX',
  'MHL',
  'MKD',
  'MLT',
  'MNE',
  'MUS',
  'MWI',
  'NLD',
  'NOR',
  'NRU',
  'NZL',
  'PAN',
  'PER',
  'PHL',
  'PLW',
  'PNG',
  'POL',
  'PRT',
  'PRY',
  'ROU',
  'RWA',
  'SLE',
  'SLV',
  'SMR',
  'SOM',
  'SRB',
  'SSD',
  'STP',
  'SVK',
  'SVN',
  'SWE',
  'SYC',
  'TCD',
  'THA',
  'TLS',
  'TUN',
  'TUR',
  'TUV',
  'UKR',
  'URY',
  'USA',
  'VUT',
  'WSM',
];
const NO_5377 = [
  'BLR',
  'BOL',
  'CHN',
  'CUB',
  'ECU',
  'EGY',
  'GMB',
  'IRN',
  'LAO',
  'LKA',
  'MMR',
  'OMN',
  'PRK',
  'RUS',
  'SDN',
  'SYR',
  'UZB',
  'VEN',
  'VNM',
  'ZWE',
];
const ABSTAIN_5377 = [
  'AGO',
  'ATG',
  'BGD',
  'BRN',
  'CMR',
  'COD',
  'COG',
  'COM',
  'DOM',
  'DZA',
  'ERI',
  'ETH',
  'FJI',
  'GAB',
  'GIN',
  'GUY',
  'IDN',
  'IND',
  'KEN',
  'KGZ',
  'KHM',
  'KNA',
  'KWT',
  'LBY',
  'LCA',
  'LSO',
  'MLI',
  'MOZ',
  'MRT',
  'MYS',
  'NAM',
  'NER',
  'NGA',
  'NIC',
  'NPL',
  'PAK',
  'QAT',
  'SAU',
  'SEN',
  'SGP',
  'SLB',
  'SUR',
  'TGO',
  'TJK',
  'TKM',
  'TON',
  'TTO',
  'TZA',
  'UGA',
  'VCT',
  'YEM',
  'ZAF',
  'ZMB',
];

function ballotsOf(yes: readonly string[], no: readonly string[], abstain: readonly string[]): Record<string, Ballot> {
  const out: Record<string, Ballot> = {};
  for (const c of yes) out[c] = 'yes';
  for (const c of no) out[c] = 'no';
  for (const c of abstain) out[c] = 'abstain';
  return out;
}

export const gaDprkVotes: readonly GaVoteRecord[] = [
  {
    id: 'ga-c3-2014-11-18-cuba-amendment',
    date: '2014-11-18',
    body: 'third-committee',
    document: 'A/C.3/69/L.63 (amendment by Cuba to A/C.3/69/L.28/Rev.1)',
    description: 'Cuban amendment to delete the referral of the situation to the Security Council and the ICC language.',
    published: { yes: 40, no: 77, abstain: 50 },
    outcome: 'rejected',
    ballots: null,
    note:
      'The tally is confirmed (AP, 18 Nov 2014, and NCNK); the amendment symbol is from spec Q8 [K], not seen in a stored ' +
      'document. Per-member ballots: see the module comment.',
    source:
      'UN press release GA/SHC/4122 (18 Nov 2014, 46th and 47th meetings); AP via The Epoch Times, 18 Nov 2014 (rejected ' +
      '40-77-50); NCNK, "UNGA Resolution on the Situation of Human Rights in the DPRK" (40 for, 77 against, 50 abstaining)',
    confidence: 'knowledge',
  },
  {
    id: 'ga-c3-2014-11-18-l28rev1',
    date: '2014-11-18',
    body: 'third-committee',
    document: 'A/C.3/69/L.28/Rev.1',
    description: 'Third Committee draft on the situation of human rights in the DPRK, approved by recorded vote.',
    published: { yes: 111, no: 19, abstain: 55 },
    outcome: 'adopted',
    ballots: null,
    note: 'Per-member ballots: see the module comment.',
    source:
      'UN press release GA/SHC/4122 (18 Nov 2014): approved by recorded vote, 111 in favour, 19 against, 55 abstentions; ' +
      'UPI and CNN, 19 Nov 2014',
    confidence: 'confirmed',
  },
  {
    id: 'ga-plenary-2014-12-18-res-69-188',
    date: '2014-12-18',
    body: 'plenary',
    document: 'A/RES/69/188',
    description: "Situation of human rights in the Democratic People's Republic of Korea (adopted by recorded vote).",
    published: { yes: 116, no: 20, abstain: 53 },
    outcome: 'adopted',
    ballots: ballotsOf(YES_5377, NO_5377, ABSTAIN_5377),
    note: 'The dataset lists Serbia under its historical label "Yugoslavia" (YU); it is recorded here as SRB. Roll call 5377 has 116 yes including Serbia.',
    source: `${SOURCES.gaDataset}, roll call 5377`,
    confidence: 'confirmed',
  },
];
