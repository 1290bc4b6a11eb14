/**
 * Who held which Security Council seat, 1946–2028 (the terms of 2027–28 elected on 3 Jun 2026): the five permanent seats (Charter
 * Art. 23(1); spec R1) and every elected term (Art. 23(2); spec R2, R3). Elected terms
 * run 1 Jan–31 Dec of the next year; the exceptions (one-year terms of 1946, the split
 * terms of 1956–65 and 2017–18, the one-year seats of the 1966 enlargement) are listed
 * here as one-year terms with a note.
 */
import type { ElectedTerm, PermanentOccupancy } from './types.js';
import { SOURCES } from './sources.js';

/** First and last days covered by this data set. */
export const FIRST_DAY = '1946-01-17';
export const LAST_DAY = '2027-12-31';

/** The permanent seats have no end (Charter Art. 23(1) names them). */
export const PERMANENT_OPEN = '9999-12-31';

/** Last day of the USSR's tenure of its permanent seat; the Russian Federation follows. */
export const USSR_LAST_DAY = '1991-12-24';

/** The five permanent seats; only the USSR seat changes its code. */
export const permanentSeats: readonly PermanentOccupancy[] = [
  {
    code: 'CHN',
    from: '1946-01-17',
    to: PERMANENT_OPEN,
    note: 'Occupied by the Republic of China until 25 Oct 1971 and by the People\'s Republic of China since; the seat and its name "China" did not change.',
    source: SOURCES.chinaSeat,
  },
  { code: 'FRA', from: '1946-01-17', to: PERMANENT_OPEN, source: 'Charter Art. 23(1)' },
  { code: 'SUN', from: '1946-01-17', to: USSR_LAST_DAY, source: 'Charter Art. 23(1)' },
  {
    code: 'RUS',
    from: '1991-12-25',
    to: PERMANENT_OPEN,
    note: 'Continues the USSR seat (letter of 24 Dec 1991); the Charter still names the USSR.',
    source: SOURCES.ussrSeat,
  },
  { code: 'GBR', from: '1946-01-17', to: PERMANENT_OPEN, source: 'Charter Art. 23(1)' },
  { code: 'USA', from: '1946-01-17', to: PERMANENT_OPEN, source: 'Charter Art. 23(1)' },
];

/**
 * Elected terms by state: "1968-69" is a two-year term, "1966" a one-year term.
 * Up to the 2019–20 terms this transcribes the un.org "Countries Elected Members" page
 * (stored copy of 22 Jan 2019); later terms come from the GA elections of 2019–2025.
 */
const TERMS: Readonly<Record<string, string>> = {
  ALB: '2022-23',
  DZA: '1968-69 1988-89 2004-05 2024-25',
  AGO: '2003-04 2015-16',
  ARG: '1948-49 1959-60 1966-67 1971-72 1987-88 1994-95 1999-00 2005-06 2013-14',
  AUS: '1946-47 1956-57 1973-74 1985-86 2013-14',
  AUT: '1973-74 1991-92 2009-10 2027-28',
  AZE: '2012-13',
  BHR: '1998-99 2026-27',
  BGD: '1979-80 2000-01',
  BLR: '1974-75',
  BEL: '1947-48 1955-56 1971-72 1991-92 2007-08 2019-20',
  BEN: '1976-77 2004-05',
  BOL: '1964-65 1978-79 2017-18',
  BIH: '2010-11',
  BWA: '1995-96',
  BRA: '1946-47 1951-52 1954-55 1963-64 1967-68 1988-89 1993-94 1998-99 2004-05 2010-11 2022-23',
  BGR: '1966-67 1986-87 2002-03',
  BFA: '1984-85 2008-09',
  BDI: '1970-71',
  CPV: '1992-93',
  CMR: '1974-75 2002-03',
  CAN: '1948-49 1958-59 1967-68 1977-78 1989-90 1999-00',
  TCD: '2014-15',
  CHL: '1952-53 1961-62 1996-97 2003-04 2014-15',
  COL: '1947-48 1953-54 1957-58 1969-70 1989-90 2001-02 2011-12 2026-27',
  COG: '1986-87 2006-07',
  CRI: '1974-75 1997-98 2008-09',
  CIV: '1964-65 1990-91 2018-19',
  HRV: '2008-09',
  CUB: '1949-50 1956-57 1990-91',
  CZE: '1994-95',
  CSK: '1964 1978-79',
  COD: '1982-83 1990-91 2026-27',
  DNK: '1953-54 1967-68 1985-86 2005-06 2025-26',
  DJI: '1993-94',
  DOM: '2019-20',
  ECU: '1950-51 1960-61 1991-92 2023-24',
  EGY: '1946 1949-50 1961-62 1984-85 1996-97 2016-17',
  GNQ: '2018-19',
  EST: '2020-21',
  ETH: '1967-68 1989-90 2017-18',
  FIN: '1969-70 1989-90',
  GAB: '1978-79 1998-99 2010-11 2022-23',
  GMB: '1998-99',
  DDR: '1980-81',
  DEU: '1977-78 1987-88 1995-96 2003-04 2011-12 2019-20',
  GHA: '1962-63 1986-87 2006-07 2022-23',
  GRC: '1952-53 2005-06 2025-26',
  GTM: '2012-13',
  GIN: '1972-73 2002-03',
  GNB: '1996-97',
  GUY: '1975-76 1982-83 2024-25',
  HND: '1995-96',
  HUN: '1968-69 1992-93',
  IND: '1950-51 1967-68 1972-73 1977-78 1984-85 1991-92 2011-12 2021-22',
  IDN: '1973-74 1995-96 2007-08 2019-20',
  IRN: '1955-56',
  IRQ: '1957-58 1974-75',
  IRL: '1962 1981-82 2001-02 2021-22',
  ITA: '1959-60 1971-72 1975-76 1987-88 1995-96 2007-08 2017',
  JAM: '1979-80 2000-01',
  JPN: '1958-59 1966-67 1971-72 1975-76 1981-82 1987-88 1992-93 1997-98 2005-06 2009-10 2016-17 2023-24',
  JOR: '1965-66 1982-83 2014-15',
  KAZ: '2017-18',
  KEN: '1973-74 1997-98 2021-22',
  KWT: '1978-79 2018-19',
  KGZ: '2027-28',
  LVA: '2026-27',
  LBN: '1953-54 2010-11',
  LBR: '1961 2026-27',
  LBY: '1976-77 2008-09',
  LTU: '2014-15',
  LUX: '2013-14',
  MDG: '1985-86',
  MYS: '1965 1989-90 1999-00 2015-16',
  MLI: '1966-67 2000-01',
  MLT: '1983-84 2023-24',
  MRT: '1974-75',
  MUS: '1977-78 2001-02',
  MEX: '1946 1980-81 2002-03 2009-10 2021-22',
  MAR: '1963-64 1992-93 2012-13',
  MOZ: '2023-24',
  NAM: '1999-00',
  NPL: '1969-70 1988-89',
  NLD: '1946 1951-52 1965-66 1983-84 1999-00 2018',
  NZL: '1954-55 1966 1993-94 2015-16',
  NIC: '1970-71 1983-84',
  NER: '1980-81 2020-21',
  NGA: '1966-67 1978-79 1994-95 2010-11 2014-15',
  NOR: '1949-50 1963-64 1979-80 2001-02 2021-22',
  OMN: '1994-95',
  PAK: '1952-53 1968-69 1976-77 1983-84 1993-94 2003-04 2012-13 2025-26',
  PAN: '1958-59 1972-73 1976-77 1981-82 2007-08 2025-26',
  PRY: '1968-69',
  PER: '1955-56 1973-74 1984-85 2006-07 2018-19',
  PHL: '1957 1963 1980-81 2004-05',
  POL: '1946-47 1960 1970-71 1982-83 1996-97 2018-19',
  PRT: '1979-80 1997-98 2011-12 2027-28',
  QAT: '2006-07',
  KOR: '1996-97 2013-14 2024-25',
  ROU: '1962 1976-77 1990-91 2004-05',
  RWA: '1994-95 2013-14',
  VCT: '2020-21',
  SEN: '1968-69 1988-89 2016-17',
  SLE: '1970-71 2024-25',
  SGP: '2001-02',
  SVK: '2006-07',
  SVN: '1998-99 2024-25',
  SOM: '1971-72 2025-26',
  ZAF: '2007-08 2011-12 2019-20',
  ESP: '1969-70 1981-82 1993-94 2003-04 2015-16',
  LKA: '1960-61',
  SDN: '1972-73',
  SWE: '1957-58 1975-76 1997-98 2017-18',
  CHE: '2023-24',
  SYR: '1947-48 1970-71 2002-03',
  THA: '1985-86',
  TGO: '1982-83 2012-13',
  TTO: '1985-86 2027-28',
  TUN: '1959-60 1980-81 2000-01 2020-21',
  TUR: '1951-52 1954-55 1961 2009-10',
  UGA: '1966 1981-82 2009-10',
  UKR: '1948-49 1984-85 2000-01 2016-17',
  ARE: '1986-87 2022-23',
  TZA: '1975-76 2005-06',
  URY: '1965-66 2016-17',
  VEN: '1962-63 1977-78 1986-87 1992-93 2015-16',
  VNM: '2008-09 2020-21',
  YUG: '1950-51 1956 1972-73 1988-89',
  ZMB: '1969-70 1979-80 1987-88',
  ZWE: '1983-84 1991-92 2027-28',
};

/** Why a term is not an ordinary two-year term, or other facts about it: "CODE:YEAR" of its first year. */
const TERM_NOTES: Readonly<Record<string, string>> = {
  'EGY:1946': 'First election (GA, 12 Jan 1946): Egypt, Mexico and the Netherlands drew one-year terms to start the staggering.',
  'MEX:1946': 'One-year initial term (staggering of the first Council).',
  'NLD:1946': 'One-year initial term (staggering of the first Council).',
  'YUG:1956': 'Split term: Yugoslavia served 1956 and the Philippines 1957 of the 1956–57 seat.',
  'PHL:1957': 'Split term: second year of the 1956–57 seat, after Yugoslavia.',
  'POL:1960': 'Split term: Poland served 1960 and Turkey 1961 of the 1960–61 seat.',
  'TUR:1961': 'Split term: second year of the 1960–61 seat, after Poland.',
  'LBR:1961': 'Split term: Liberia served 1961 and Ireland 1962 of the 1961–62 seat.',
  'IRL:1962': 'Split term: second year of the 1961–62 seat, after Liberia.',
  'ROU:1962': 'Split term: Romania served 1962 and the Philippines 1963 of the 1962–63 seat.',
  'PHL:1963': 'Split term: second year of the 1962–63 seat, after Romania.',
  'CSK:1964': 'Split term: Czechoslovakia served 1964 and Malaysia 1965 of the 1964–65 seat.',
  'MYS:1965': 'Split term: second year of the 1964–65 seat, after Czechoslovakia.',
  'NZL:1966': 'One of the two enlargement seats filled for one year only (Art. 23(2) as amended in 1965).',
  'UGA:1966': 'One of the two enlargement seats filled for one year only (Art. 23(2) as amended in 1965).',
  'EGY:1961': 'Served as the United Arab Republic (Egypt and Syria until Syria left on 28 Sep 1961; Egypt kept the name and the seat).',
  'DDR:1980':
    'German Democratic Republic. The un.org elected-members page lists it only as "see Germany" and omits 1980–81 from Germany; the term itself is well established.',
  'JOR:2014': 'Elected on 6 Dec 2013 after Saudi Arabia declined the seat it won on 17 Oct 2013 (A/68/599).',
  'ITA:2017': 'Split term: Italy and the Netherlands tied in the 2016 election and agreed to share the 2017–18 seat; Italy served 2017.',
  'NLD:2018': 'Split term: second year of the 2017–18 seat, after Italy.',
  'BFA:1984': 'Elected as Upper Volta; renamed Burkina Faso on 4 Aug 1984.',
  'COD:1982': 'Served as Zaire.',
  'COD:1990': 'Served as Zaire.',
  'CIV:1964': 'Served as Ivory Coast.',
  'LKA:1960': 'Served as Ceylon.',
  'BLR:1974': 'Served as the Byelorussian SSR.',
  'UKR:1948': 'Served as the Ukrainian SSR.',
  'UKR:1984': 'Served as the Ukrainian SSR.',
  'DEU:1977': 'Served as the Federal Republic of Germany.',
  'DEU:1987': 'Served as the Federal Republic of Germany.',
};

/** Where the terms that began in 2020–2027 were checked (press reports of each new Council). */
const RECENT_TERM_SOURCES: Readonly<Record<number, string>> = {
  2020: 'tellerreport.com, 1 Jan 2020: Viet Nam, Niger, Tunisia, Estonia and Saint Vincent and the Grenadines replace the 2018–19 members',
  2021: 'PTI, 19 Jun 2020: India, Norway, Ireland, Mexico and Kenya elected for 2021–22',
  2022: 'scprocedure.org (11 Oct 2021): Gabon, Ghana, India, Kenya and the UAE among the 2022 members; Albania and Brazil presiding in September and October 2023 with terms ending 31 Dec 2023 (pscmcqs.com 2023 presidency table)',
  2023: 'a1info (5 Jan 2023): Ecuador, Japan, Malta, Mozambique and Switzerland join, succeeding Ireland, Kenya, Mexico, Norway and India',
  2024: 'Prensa Latina, 2 May 2024: Algeria, the Republic of Korea, Guyana, Sierra Leone and Slovenia serve until December 2025',
  2025: 'bungopos.com, 2 Jan 2025: the ten elected members of 2025',
  2027: 'GA elections of 3 Jun 2026 (press: yctbooks/Euronews, Portugal 134 and Austria 131 votes, Germany 104; Manila Bulletin and The Times of Central Asia, Kyrgyzstan 142–49 over the Philippines in the fourth round; hcntimes and Matichon: Zimbabwe and Trinidad and Tobago elected unopposed; transcript of the 86th plenary meeting of the 80th session, diplodesk.com/un_events/459: the outgoing and continuing members and the seat pattern): Austria, Kyrgyzstan, Portugal, Trinidad and Tobago and Zimbabwe serve 2027–28; no press.un.org release of the election was found',
  2026: 'somalitimes.co.uk (Jan 2026); khabarasia.com: Bahrain, Colombia, the DRC, Latvia and Liberia begin 2026–27 terms',
};

function expand(code: string, spec: string): ElectedTerm[] {
  return spec.split(' ').map((t) => {
    const m = /^(\d{4})(?:-(\d{2}))?$/u.exec(t);
    if (!m) throw new Error(`bad term ${code} ${t}`); // static data: fails at import in tests
    const first = Number(m[1]);
    const last = m[2] ? Math.floor(first / 100) * 100 + Number(m[2]) + (Number(m[2]) < first % 100 ? 100 : 0) : first;
    const note = TERM_NOTES[`${code}:${first}`];
    // Terms from 2020 postdate the stored un.org page: each rests on that year's GA election.
    const recent = first >= 2020;
    const ddr = code === 'DDR';
    const checked = RECENT_TERM_SOURCES[first];
    return {
      code,
      from: `${first}-01-01`,
      to: `${last}-12-31`,
      ...(note ? { note } : {}),
      source: recent ? (checked ?? `${SOURCES.elections}, ${first - 1}`) : ddr ? SOURCES.ddr : SOURCES.electedMembers,
      confidence: ddr || (recent && !checked) ? 'knowledge' : 'confirmed',
    } satisfies ElectedTerm;
  });
}

/**
 * The 1990–91 seat changed hands mid-term when Democratic Yemen and Yemen merged on 22 May
 * 1990. The un.org list shows only "Yemen 1990–1991"; that the member sat as Democratic Yemen
 * until the merger is derived from the rotation: only with the name "Democratic Yemen" (sorting
 * under D) does Rule 18 lead from Colombia (December 1989, confirmed) to Finland (May 1990,
 * S/PV.2923) and to Yemen (December 1990, S/PV.2970) with no exception; its representative,
 * Mr. Al-Ashtal, had been Democratic Yemen's and went on as the Republic of Yemen's.
 */
const MERGED_TERMS: readonly ElectedTerm[] = [
  {
    code: 'YMD',
    from: '1990-01-01',
    to: '1990-05-21',
    note: 'Democratic Yemen held the 1990–91 seat until the merger with Yemen on 22 May 1990 (derived from the presidency rotation; see council-seats.ts).',
    source: `${SOURCES.electedMembers} (as "Yemen 1990–1991"); Rule 18 rotation checked against ${SOURCES.spv2923} and ${SOURCES.spv2970}`,
    confidence: 'knowledge',
  },
  {
    code: 'YEM',
    from: '1990-05-22',
    to: '1991-12-31',
    note: 'The Republic of Yemen, formed by the merger of Democratic Yemen and Yemen on 22 May 1990, served out the 1990–91 term.',
    source: SOURCES.electedMembers,
    confidence: 'confirmed',
  },
];

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every elected term, ordered by start date then code. ISO dates and capital-letter codes sort
 * the same by code units as by locale, without the collator localeCompare starts at import.
 */
export const electedTerms: readonly ElectedTerm[] = Object.entries(TERMS)
  .flatMap(([code, spec]) => expand(code, spec))
  .concat(MERGED_TERMS)
  .sort((a, b) => (a.from === b.from ? byCodeUnits(a.code, b.code) : byCodeUnits(a.from, b.from)));

/** The first 1946 terms began with the first meeting, 17 Jan 1946. */
export function termStart(term: ElectedTerm): string {
  return term.from === '1946-01-01' ? FIRST_DAY : term.from;
}
