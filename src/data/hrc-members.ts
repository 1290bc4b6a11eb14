/**
 * The 47 members of the Human Rights Council (GA res 60/251 para. 7: 13 African, 13 Asia-Pacific,
 * 6 Eastern European, 8 Latin American and Caribbean, 7 Western European and other States), one
 * record per General Assembly election, from the first election (9 May 2006) to the election of
 * 14 Oct 2025. Terms ran from 19 June until GA res 65/281 (2011) moved the cycle to the calendar
 * year: the terms that would have ended in June 2012, 2013 and 2014 were extended to 31 December,
 * and from 2013 terms run 1 January to 31 December of the third year.
 *
 * Each cohort names the source checked during research ("confirmed": the UN press release or a
 * news report quoting it, and the next year's release listing the continuing members).
 */
import type { Confidence } from './types.js';

export interface HrcCohort {
  /** Date of the GA election. */
  elected: string;
  from: string;
  to: string;
  codes: readonly string[];
  source: string;
  confidence: Confidence;
}

/** Changes within a term: suspension (GA res 60/251 para. 8), withdrawal, by-election. */
export interface HrcEvent {
  code: string;
  kind: 'suspended' | 'left' | 'by-election';
  from: string;
  /** Last day of the suspension, or of a by-elected member's term. */
  to?: string;
  note: string;
  source: string;
  confidence: Confidence;
}

export const HRC_FIRST_DAY = '2006-06-19';

const GA10459 =
  'UN press release GA/10459 (9 May 2006) and the un.org list of the first members with the year each term ends (term lengths drawn by lot, GA res 60/251 para. 14)';

export const HRC_COHORTS: readonly HrcCohort[] = [
  {
    elected: '2006-05-09',
    from: '2006-06-19',
    to: '2007-06-18',
    codes: ['DZA', 'MAR', 'ZAF', 'TUN', 'BHR', 'IDN', 'PHL', 'IND', 'POL', 'CZE', 'ARG', 'ECU', 'FIN', 'NLD'],
    source: GA10459,
    confidence: 'confirmed',
  },
  {
    elected: '2006-05-09',
    from: '2006-06-19',
    to: '2008-06-18',
    codes: ['GAB', 'GHA', 'MLI', 'ZMB', 'PAK', 'JPN', 'LKA', 'KOR', 'ROU', 'UKR', 'BRA', 'GTM', 'PER', 'GBR', 'FRA'],
    source: GA10459,
    confidence: 'confirmed',
  },
  {
    elected: '2006-05-09',
    from: '2006-06-19',
    to: '2009-06-18',
    codes: ['CMR', 'DJI', 'MUS', 'NGA', 'SEN', 'BGD', 'CHN', 'JOR', 'MYS', 'SAU', 'AZE', 'RUS', 'CUB', 'MEX', 'URY', 'CAN', 'DEU', 'CHE'],
    source: GA10459,
    confidence: 'confirmed',
  },
  {
    elected: '2007-05-17',
    from: '2007-06-19',
    to: '2010-06-18',
    codes: ['AGO', 'EGY', 'MDG', 'ZAF', 'IND', 'IDN', 'PHL', 'QAT', 'BIH', 'SVN', 'BOL', 'NIC', 'ITA', 'NLD'],
    source:
      'CRIN, "Human Rights Council Membership 2007" (members by year of term end); un.org GA 63rd session page (members as of 19 Jun 2008)',
    confidence: 'confirmed',
  },
  {
    elected: '2008-05-21',
    from: '2008-06-19',
    to: '2011-06-18',
    codes: ['ARG', 'BHR', 'BRA', 'BFA', 'CHL', 'FRA', 'GAB', 'GHA', 'JPN', 'PAK', 'KOR', 'SVK', 'UKR', 'GBR', 'ZMB'],
    source:
      'un.org, GA 63rd session, "Election of eighteen members of the Human Rights Council": elected 21 May 2008 for terms from 19 Jun 2008 (decision 62/415)',
    confidence: 'confirmed',
  },
  {
    elected: '2009-05-12',
    from: '2009-06-19',
    to: '2012-12-31',
    codes: ['BEL', 'HUN', 'KGZ', 'NOR', 'USA', 'BGD', 'CMR', 'CHN', 'CUB', 'DJI', 'JOR', 'MUS', 'MEX', 'NGA', 'RUS', 'SAU', 'SEN', 'URY'],
    source:
      'UN News, 12 May 2009 ("US among 18 nations elected", terms from 19 June); Law Library of Congress, 21 May 2009; term extended to 31 Dec 2012 by GA res 65/281',
    confidence: 'confirmed',
  },
  {
    elected: '2010-05-13',
    from: '2010-06-19',
    to: '2013-12-31',
    codes: ['AGO', 'LBY', 'MRT', 'UGA', 'MYS', 'MDV', 'QAT', 'THA', 'POL', 'MDA', 'ECU', 'GTM', 'ESP', 'CHE'],
    source: 'UN press release GA/10939 and UN News, 13 May 2010; term extended to 31 Dec 2013 by GA res 65/281',
    confidence: 'confirmed',
  },
  {
    elected: '2011-05-20',
    from: '2011-06-19',
    to: '2014-12-31',
    codes: ['AUT', 'BEN', 'BWA', 'BFA', 'CHL', 'COG', 'CRI', 'CZE', 'IND', 'IDN', 'ITA', 'KWT', 'PER', 'PHL', 'ROU'],
    source: 'UN press release GA/11082 (20 May 2011); term extended to 31 Dec 2014 by GA res 65/281',
    confidence: 'confirmed',
  },
  {
    elected: '2012-11-12',
    from: '2013-01-01',
    to: '2015-12-31',
    codes: ['ARG', 'BRA', 'CIV', 'EST', 'ETH', 'GAB', 'DEU', 'IRL', 'JPN', 'KAZ', 'KEN', 'MNE', 'PAK', 'KOR', 'SLE', 'ARE', 'USA', 'VEN'],
    source: 'UN press release of 12 Nov 2012 (GA 67th session, 34th meeting): the first members whose terms begin on 1 January',
    confidence: 'confirmed',
  },
  {
    elected: '2013-11-12',
    from: '2014-01-01',
    to: '2016-12-31',
    codes: ['DZA', 'CHN', 'CUB', 'FRA', 'MDV', 'MEX', 'MAR', 'NAM', 'RUS', 'SAU', 'ZAF', 'MKD', 'GBR', 'VNM'],
    source: 'UNRIC, "14 elected to UN Human Rights Council" (12 Nov 2013), with the continuing members and their term ends',
    confidence: 'confirmed',
  },
  {
    elected: '2014-10-21',
    from: '2015-01-01',
    to: '2017-12-31',
    codes: ['ALB', 'BGD', 'BOL', 'BWA', 'COG', 'SLV', 'GHA', 'IND', 'IDN', 'LVA', 'NLD', 'NGA', 'PRY', 'PRT', 'QAT'],
    source: 'UN press release of 28 Oct 2015 (continuing members) and of 16 Oct 2017 (the 15 outgoing members)',
    confidence: 'confirmed',
  },
  {
    elected: '2015-10-28',
    from: '2016-01-01',
    to: '2018-12-31',
    codes: ['BEL', 'BDI', 'CIV', 'ECU', 'ETH', 'GEO', 'DEU', 'KEN', 'KGZ', 'MNG', 'PAN', 'PHL', 'KOR', 'SVN', 'CHE', 'TGO', 'ARE', 'VEN'],
    source: 'UN press release of 28 Oct 2015 (un.org.au copy): 18 elected for terms from 1 Jan 2016',
    confidence: 'confirmed',
  },
  {
    elected: '2016-10-28',
    from: '2017-01-01',
    to: '2019-12-31',
    codes: ['BRA', 'CHN', 'HRV', 'CUB', 'EGY', 'HUN', 'IRQ', 'JPN', 'RWA', 'SAU', 'ZAF', 'TUN', 'GBR', 'USA'],
    source: 'UN press release of 28 Oct 2016 (14 elected for terms from 1 Jan 2017); GA/12077 (12 Oct 2018) continuing members',
    confidence: 'confirmed',
  },
  {
    elected: '2017-10-16',
    from: '2018-01-01',
    to: '2020-12-31',
    codes: ['AFG', 'AGO', 'AUS', 'CHL', 'COD', 'MEX', 'NPL', 'NGA', 'PAK', 'PER', 'QAT', 'SEN', 'SVK', 'ESP', 'UKR'],
    source: 'UN press release of 16 Oct 2017 (IBNS copy): 15 elected for terms from 1 Jan 2018',
    confidence: 'confirmed',
  },
  {
    elected: '2018-10-12',
    from: '2019-01-01',
    to: '2021-12-31',
    codes: ['ARG', 'AUT', 'BHS', 'BHR', 'BGD', 'BGR', 'BFA', 'CMR', 'CZE', 'DNK', 'ERI', 'FJI', 'IND', 'ITA', 'PHL', 'SOM', 'TGO', 'URY'],
    source: 'UN press release GA/12077 (12 Oct 2018)',
    confidence: 'confirmed',
  },
  {
    elected: '2019-10-17',
    from: '2020-01-01',
    to: '2022-12-31',
    codes: ['ARM', 'BRA', 'DEU', 'IDN', 'JPN', 'LBY', 'MHL', 'MRT', 'NAM', 'NLD', 'POL', 'KOR', 'SDN', 'VEN'],
    source: 'Geneva for Human Rights, 17 Oct 2019 (the 2020 composition by group); RFE/RL, 17 Oct 2019',
    confidence: 'confirmed',
  },
  {
    elected: '2020-10-13',
    from: '2021-01-01',
    to: '2023-12-31',
    codes: ['BOL', 'CHN', 'CIV', 'CUB', 'FRA', 'GAB', 'MWI', 'MEX', 'NPL', 'PAK', 'RUS', 'SEN', 'UKR', 'GBR', 'UZB'],
    source:
      'UN press release GA/12457 (11 Oct 2022, continuing members) and the 10 Oct 2023 release (members whose terms expire on 31 Dec 2023)',
    confidence: 'confirmed',
  },
  {
    elected: '2021-10-14',
    from: '2022-01-01',
    to: '2024-12-31',
    codes: ['ARG', 'BEN', 'CMR', 'ERI', 'FIN', 'GMB', 'HND', 'IND', 'KAZ', 'LTU', 'LUX', 'MYS', 'MNE', 'PRY', 'QAT', 'SOM', 'ARE', 'USA'],
    source: 'Xinhua (siasat.com, 9 Oct 2024): the 18 members whose terms expire on 31 Dec 2024',
    confidence: 'confirmed',
  },
  {
    elected: '2022-10-11',
    from: '2023-01-01',
    to: '2025-12-31',
    codes: ['DZA', 'BGD', 'BEL', 'CHL', 'CRI', 'GEO', 'DEU', 'KGZ', 'MDV', 'MAR', 'ROU', 'ZAF', 'SDN', 'VNM'],
    source: 'UN press release GA/12457 (11 Oct 2022)',
    confidence: 'confirmed',
  },
  {
    elected: '2023-10-10',
    from: '2024-01-01',
    to: '2026-12-31',
    codes: ['ALB', 'BRA', 'BGR', 'BDI', 'CHN', 'CIV', 'CUB', 'DOM', 'FRA', 'GHA', 'IDN', 'JPN', 'KWT', 'MWI', 'NLD'],
    source: 'UN press release of 10 Oct 2023 (america-times.com copy): 15 elected for terms from 1 Jan 2024',
    confidence: 'confirmed',
  },
  {
    elected: '2024-10-09',
    from: '2025-01-01',
    to: '2027-12-31',
    codes: ['BEN', 'BOL', 'COL', 'CYP', 'CZE', 'COD', 'ETH', 'GMB', 'ISL', 'KEN', 'MHL', 'MEX', 'MKD', 'QAT', 'KOR', 'ESP', 'CHE', 'THA'],
    source: 'Xinhua (siasat.com, 9 Oct 2024): 18 elected for terms from 1 Jan 2025',
    confidence: 'confirmed',
  },
  {
    elected: '2025-10-14',
    from: '2026-01-01',
    to: '2028-12-31',
    codes: ['AGO', 'EGY', 'MUS', 'ZAF', 'IND', 'IRQ', 'PAK', 'VNM', 'EST', 'SVN', 'CHL', 'ECU', 'ITA', 'GBR'],
    source: 'Xinhua (The Star, WAM, 14–15 Oct 2025) and see.news (by regional group): 14 elected for terms from 1 Jan 2026',
    confidence: 'confirmed',
  },
];

export const HRC_EVENTS: readonly HrcEvent[] = [
  {
    code: 'LBY',
    kind: 'suspended',
    from: '2011-03-01',
    to: '2011-11-17',
    note: 'Rights of membership suspended by GA res 65/265 (1 Mar 2011, adopted without a vote); restored by GA res 66/11 (18 Nov 2011, 123-4-6).',
    source:
      'UN press release GA/11082 (Libya "subject to Assembly resolution 65/265 of 1 March"); US Mission Geneva statement and CBC/AP, 18 Nov 2011',
    confidence: 'confirmed',
  },
  {
    code: 'USA',
    kind: 'left',
    from: '2018-06-19',
    note: 'The United States announced its withdrawal on 19 Jun 2018; the seat stayed vacant until Iceland was elected on 13 Jul 2018.',
    source: 'AP and APP, 13–14 Jul 2018 (US decision of 19 June)',
    confidence: 'confirmed',
  },
  {
    code: 'ISL',
    kind: 'by-election',
    from: '2018-07-13',
    to: '2019-12-31',
    note: "Elected by the GA (172 votes) for the rest of the United States' term, effective at once.",
    source: 'AP (Federal News Radio, 13 Jul 2018); MIA, 14 Jul 2018',
    confidence: 'confirmed',
  },
  {
    code: 'RUS',
    kind: 'suspended',
    from: '2022-04-07',
    to: '2022-04-07',
    note: 'Rights of membership suspended by GA res ES-11/3 (7 Apr 2022, 93-24-58); the Russian Federation announced the same day that it ended its membership.',
    source:
      'i news and Times of Islamabad, 7–8 Apr 2022 (93-24-58); Sputnik/UrduPoint, 10 May 2022 ("Russia ended its membership ... on April 7")',
    confidence: 'confirmed',
  },
  {
    code: 'RUS',
    kind: 'left',
    from: '2022-04-08',
    note: 'The Russian Federation ended its membership on 7 Apr 2022; its seat was vacant until the Czech Republic was elected on 10 May 2022.',
    source: 'Sputnik/UrduPoint, 10 May 2022',
    confidence: 'confirmed',
  },
  {
    code: 'CZE',
    kind: 'by-election',
    from: '2022-05-10',
    to: '2023-12-31',
    note: "Elected by the GA (157 votes, 23 abstentions) for the rest of the Russian Federation's term, effective at once.",
    source: 'Brno Daily, Vindobona and Xinhua (canindia.com), 10–11 May 2022',
    confidence: 'confirmed',
  },
];
