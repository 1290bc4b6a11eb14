/**
 * The 193 UN Member States, the two observer States and the dissolved States that sat
 * on the Security Council. Names are the UN English short names (UNTERM / the UN
 * "Member States" page); the sort name is what Rule 18 orders the presidency by.
 *
 * Codes: ISO 3166-1 alpha-3; the USSR, Yugoslavia, Czechoslovakia and the German
 * Democratic Republic keep their ISO 3166-3 alpha-3 codes (SUN, YUG, CSK, DDR).
 * The China seat is CHN throughout (the Republic of China held it until 25 Oct 1971,
 * GA res 2758 (XXVI)); see council-seats.ts for the seat occupancy notes.
 */
import type { FormerName, MemberState, RegionalGroup } from './types.js';
import { SOURCES } from './sources.js';

const AFR: RegionalGroup = 'African';
const APG: RegionalGroup = 'Asia-Pacific';
const EEG: RegionalGroup = 'Eastern European';
const GRL: RegionalGroup = 'Latin American and Caribbean';
const WEO: RegionalGroup = 'Western European and Others';

/** [alpha3, alpha2, display name, official short (sort) name, admitted, group]. */
type Row = readonly [string, string, string, string, string, RegionalGroup | null];

const ROWS: readonly Row[] = [
  ['AFG', 'AF', 'Afghanistan', 'Afghanistan', '1946-11-19', APG],
  ['ALB', 'AL', 'Albania', 'Albania', '1955-12-14', EEG],
  ['DZA', 'DZ', 'Algeria', 'Algeria', '1962-10-08', AFR],
  ['AND', 'AD', 'Andorra', 'Andorra', '1993-07-28', WEO],
  ['AGO', 'AO', 'Angola', 'Angola', '1976-12-01', AFR],
  ['ATG', 'AG', 'Antigua and Barbuda', 'Antigua and Barbuda', '1981-11-11', GRL],
  ['ARG', 'AR', 'Argentina', 'Argentina', '1945-10-24', GRL],
  ['ARM', 'AM', 'Armenia', 'Armenia', '1992-03-02', EEG],
  ['AUS', 'AU', 'Australia', 'Australia', '1945-11-01', WEO],
  ['AUT', 'AT', 'Austria', 'Austria', '1955-12-14', WEO],
  ['AZE', 'AZ', 'Azerbaijan', 'Azerbaijan', '1992-03-02', EEG],
  ['BHS', 'BS', 'Bahamas', 'Bahamas', '1973-09-18', GRL],
  ['BHR', 'BH', 'Bahrain', 'Bahrain', '1971-09-21', APG],
  ['BGD', 'BD', 'Bangladesh', 'Bangladesh', '1974-09-17', APG],
  ['BRB', 'BB', 'Barbados', 'Barbados', '1966-12-09', GRL],
  ['BLR', 'BY', 'Belarus', 'Belarus', '1945-10-24', EEG],
  ['BEL', 'BE', 'Belgium', 'Belgium', '1945-12-27', WEO],
  ['BLZ', 'BZ', 'Belize', 'Belize', '1981-09-25', GRL],
  ['BEN', 'BJ', 'Benin', 'Benin', '1960-09-20', AFR],
  ['BTN', 'BT', 'Bhutan', 'Bhutan', '1971-09-21', APG],
  ['BOL', 'BO', 'Bolivia (Plurinational State of)', 'Bolivia (Plurinational State of)', '1945-11-14', GRL],
  ['BIH', 'BA', 'Bosnia and Herzegovina', 'Bosnia and Herzegovina', '1992-05-22', EEG],
  ['BWA', 'BW', 'Botswana', 'Botswana', '1966-10-17', AFR],
  ['BRA', 'BR', 'Brazil', 'Brazil', '1945-10-24', GRL],
  ['BRN', 'BN', 'Brunei Darussalam', 'Brunei Darussalam', '1984-09-21', APG],
  ['BGR', 'BG', 'Bulgaria', 'Bulgaria', '1955-12-14', EEG],
  ['BFA', 'BF', 'Burkina Faso', 'Burkina Faso', '1960-09-20', AFR],
  ['BDI', 'BI', 'Burundi', 'Burundi', '1962-09-18', AFR],
  ['CPV', 'CV', 'Cabo Verde', 'Cabo Verde', '1975-09-16', AFR],
  ['KHM', 'KH', 'Cambodia', 'Cambodia', '1955-12-14', APG],
  ['CMR', 'CM', 'Cameroon', 'Cameroon', '1960-09-20', AFR],
  ['CAN', 'CA', 'Canada', 'Canada', '1945-11-09', WEO],
  ['CAF', 'CF', 'Central African Republic', 'Central African Republic', '1960-09-20', AFR],
  ['TCD', 'TD', 'Chad', 'Chad', '1960-09-20', AFR],
  ['CHL', 'CL', 'Chile', 'Chile', '1945-10-24', GRL],
  ['CHN', 'CN', 'China', 'China', '1945-10-24', APG],
  ['COL', 'CO', 'Colombia', 'Colombia', '1945-11-05', GRL],
  ['COM', 'KM', 'Comoros', 'Comoros', '1975-11-12', AFR],
  ['COG', 'CG', 'Congo', 'Congo', '1960-09-20', AFR],
  ['CRI', 'CR', 'Costa Rica', 'Costa Rica', '1945-11-02', GRL],
  ['CIV', 'CI', "Côte d'Ivoire", "Côte d'Ivoire", '1960-09-20', AFR],
  ['HRV', 'HR', 'Croatia', 'Croatia', '1992-05-22', EEG],
  ['CUB', 'CU', 'Cuba', 'Cuba', '1945-10-24', GRL],
  ['CYP', 'CY', 'Cyprus', 'Cyprus', '1960-09-20', APG],
  ['CZE', 'CZ', 'Czechia', 'Czechia', '1993-01-19', EEG],
  ['PRK', 'KP', "Democratic People's Republic of Korea", "Democratic People's Republic of Korea", '1991-09-17', APG],
  ['COD', 'CD', 'Democratic Republic of the Congo', 'Democratic Republic of the Congo', '1960-09-20', AFR],
  ['DNK', 'DK', 'Denmark', 'Denmark', '1945-10-24', WEO],
  ['DJI', 'DJ', 'Djibouti', 'Djibouti', '1977-09-20', AFR],
  ['DMA', 'DM', 'Dominica', 'Dominica', '1978-12-18', GRL],
  ['DOM', 'DO', 'Dominican Republic', 'Dominican Republic', '1945-10-24', GRL],
  ['ECU', 'EC', 'Ecuador', 'Ecuador', '1945-12-21', GRL],
  ['EGY', 'EG', 'Egypt', 'Egypt', '1945-10-24', AFR],
  ['SLV', 'SV', 'El Salvador', 'El Salvador', '1945-10-24', GRL],
  ['GNQ', 'GQ', 'Equatorial Guinea', 'Equatorial Guinea', '1968-11-12', AFR],
  ['ERI', 'ER', 'Eritrea', 'Eritrea', '1993-05-28', AFR],
  ['EST', 'EE', 'Estonia', 'Estonia', '1991-09-17', EEG],
  ['SWZ', 'SZ', 'Eswatini', 'Eswatini', '1968-09-24', AFR],
  ['ETH', 'ET', 'Ethiopia', 'Ethiopia', '1945-11-13', AFR],
  ['FJI', 'FJ', 'Fiji', 'Fiji', '1970-10-13', APG],
  ['FIN', 'FI', 'Finland', 'Finland', '1955-12-14', WEO],
  ['FRA', 'FR', 'France', 'France', '1945-10-24', WEO],
  ['GAB', 'GA', 'Gabon', 'Gabon', '1960-09-20', AFR],
  ['GMB', 'GM', 'Gambia', 'Gambia (Republic of The)', '1965-09-21', AFR],
  ['GEO', 'GE', 'Georgia', 'Georgia', '1992-07-31', EEG],
  ['DEU', 'DE', 'Germany', 'Germany', '1973-09-18', WEO],
  ['GHA', 'GH', 'Ghana', 'Ghana', '1957-03-08', AFR],
  ['GRC', 'GR', 'Greece', 'Greece', '1945-10-25', WEO],
  ['GRD', 'GD', 'Grenada', 'Grenada', '1974-09-17', GRL],
  ['GTM', 'GT', 'Guatemala', 'Guatemala', '1945-11-21', GRL],
  ['GIN', 'GN', 'Guinea', 'Guinea', '1958-12-12', AFR],
  ['GNB', 'GW', 'Guinea-Bissau', 'Guinea-Bissau', '1974-09-17', AFR],
  ['GUY', 'GY', 'Guyana', 'Guyana', '1966-09-20', GRL],
  ['HTI', 'HT', 'Haiti', 'Haiti', '1945-10-24', GRL],
  ['HND', 'HN', 'Honduras', 'Honduras', '1945-12-17', GRL],
  ['HUN', 'HU', 'Hungary', 'Hungary', '1955-12-14', EEG],
  ['ISL', 'IS', 'Iceland', 'Iceland', '1946-11-19', WEO],
  ['IND', 'IN', 'India', 'India', '1945-10-30', APG],
  ['IDN', 'ID', 'Indonesia', 'Indonesia', '1950-09-28', APG],
  ['IRN', 'IR', 'Iran (Islamic Republic of)', 'Iran (Islamic Republic of)', '1945-10-24', APG],
  ['IRQ', 'IQ', 'Iraq', 'Iraq', '1945-12-21', APG],
  ['IRL', 'IE', 'Ireland', 'Ireland', '1955-12-14', WEO],
  ['ISR', 'IL', 'Israel', 'Israel', '1949-05-11', WEO],
  ['ITA', 'IT', 'Italy', 'Italy', '1955-12-14', WEO],
  ['JAM', 'JM', 'Jamaica', 'Jamaica', '1962-09-18', GRL],
  ['JPN', 'JP', 'Japan', 'Japan', '1956-12-18', APG],
  ['JOR', 'JO', 'Jordan', 'Jordan', '1955-12-14', APG],
  ['KAZ', 'KZ', 'Kazakhstan', 'Kazakhstan', '1992-03-02', APG],
  ['KEN', 'KE', 'Kenya', 'Kenya', '1963-12-16', AFR],
  ['KIR', 'KI', 'Kiribati', 'Kiribati', '1999-09-14', APG],
  ['KWT', 'KW', 'Kuwait', 'Kuwait', '1963-05-14', APG],
  ['KGZ', 'KG', 'Kyrgyzstan', 'Kyrgyzstan', '1992-03-02', APG],
  ['LAO', 'LA', "Lao People's Democratic Republic", "Lao People's Democratic Republic", '1955-12-14', APG],
  ['LVA', 'LV', 'Latvia', 'Latvia', '1991-09-17', EEG],
  ['LBN', 'LB', 'Lebanon', 'Lebanon', '1945-10-24', APG],
  ['LSO', 'LS', 'Lesotho', 'Lesotho', '1966-10-17', AFR],
  ['LBR', 'LR', 'Liberia', 'Liberia', '1945-11-02', AFR],
  ['LBY', 'LY', 'Libya', 'Libya', '1955-12-14', AFR],
  ['LIE', 'LI', 'Liechtenstein', 'Liechtenstein', '1990-09-18', WEO],
  ['LTU', 'LT', 'Lithuania', 'Lithuania', '1991-09-17', EEG],
  ['LUX', 'LU', 'Luxembourg', 'Luxembourg', '1945-10-24', WEO],
  ['MDG', 'MG', 'Madagascar', 'Madagascar', '1960-09-20', AFR],
  ['MWI', 'MW', 'Malawi', 'Malawi', '1964-12-01', AFR],
  ['MYS', 'MY', 'Malaysia', 'Malaysia', '1957-09-17', APG],
  ['MDV', 'MV', 'Maldives', 'Maldives', '1965-09-21', APG],
  ['MLI', 'ML', 'Mali', 'Mali', '1960-09-28', AFR],
  ['MLT', 'MT', 'Malta', 'Malta', '1964-12-01', WEO],
  ['MHL', 'MH', 'Marshall Islands', 'Marshall Islands', '1991-09-17', APG],
  ['MRT', 'MR', 'Mauritania', 'Mauritania', '1961-10-27', AFR],
  ['MUS', 'MU', 'Mauritius', 'Mauritius', '1968-04-24', AFR],
  ['MEX', 'MX', 'Mexico', 'Mexico', '1945-11-07', GRL],
  ['FSM', 'FM', 'Micronesia (Federated States of)', 'Micronesia (Federated States of)', '1991-09-17', APG],
  ['MCO', 'MC', 'Monaco', 'Monaco', '1993-05-28', WEO],
  ['MNG', 'MN', 'Mongolia', 'Mongolia', '1961-10-27', APG],
  ['MNE', 'ME', 'Montenegro', 'Montenegro', '2006-06-28', EEG],
  ['MAR', 'MA', 'Morocco', 'Morocco', '1956-11-12', AFR],
  ['MOZ', 'MZ', 'Mozambique', 'Mozambique', '1975-09-16', AFR],
  ['MMR', 'MM', 'Myanmar', 'Myanmar', '1948-04-19', APG],
  ['NAM', 'NA', 'Namibia', 'Namibia', '1990-04-23', AFR],
  ['NRU', 'NR', 'Nauru', 'Nauru', '1999-09-14', APG],
  ['NPL', 'NP', 'Nepal', 'Nepal', '1955-12-14', APG],
  ['NLD', 'NL', 'Netherlands (Kingdom of the)', 'Netherlands (Kingdom of the)', '1945-12-10', WEO],
  ['NZL', 'NZ', 'New Zealand', 'New Zealand', '1945-10-24', WEO],
  ['NIC', 'NI', 'Nicaragua', 'Nicaragua', '1945-10-24', GRL],
  ['NER', 'NE', 'Niger', 'Niger', '1960-09-20', AFR],
  ['NGA', 'NG', 'Nigeria', 'Nigeria', '1960-10-07', AFR],
  ['MKD', 'MK', 'North Macedonia', 'North Macedonia', '1993-04-08', EEG],
  ['NOR', 'NO', 'Norway', 'Norway', '1945-11-27', WEO],
  ['OMN', 'OM', 'Oman', 'Oman', '1971-10-07', APG],
  ['PAK', 'PK', 'Pakistan', 'Pakistan', '1947-09-30', APG],
  ['PLW', 'PW', 'Palau', 'Palau', '1994-12-15', APG],
  ['PAN', 'PA', 'Panama', 'Panama', '1945-11-13', GRL],
  ['PNG', 'PG', 'Papua New Guinea', 'Papua New Guinea', '1975-10-10', APG],
  ['PRY', 'PY', 'Paraguay', 'Paraguay', '1945-10-24', GRL],
  ['PER', 'PE', 'Peru', 'Peru', '1945-10-31', GRL],
  ['PHL', 'PH', 'Philippines', 'Philippines', '1945-10-24', APG],
  ['POL', 'PL', 'Poland', 'Poland', '1945-10-24', EEG],
  ['PRT', 'PT', 'Portugal', 'Portugal', '1955-12-14', WEO],
  ['QAT', 'QA', 'Qatar', 'Qatar', '1971-09-21', APG],
  ['KOR', 'KR', 'Republic of Korea', 'Republic of Korea', '1991-09-17', APG],
  ['MDA', 'MD', 'Republic of Moldova', 'Republic of Moldova', '1992-03-02', EEG],
  ['ROU', 'RO', 'Romania', 'Romania', '1955-12-14', EEG],
  ['RUS', 'RU', 'Russian Federation', 'Russian Federation', '1945-10-24', EEG],
  ['RWA', 'RW', 'Rwanda', 'Rwanda', '1962-09-18', AFR],
  ['KNA', 'KN', 'Saint Kitts and Nevis', 'Saint Kitts and Nevis', '1983-09-23', GRL],
  ['LCA', 'LC', 'Saint Lucia', 'Saint Lucia', '1979-09-18', GRL],
  ['VCT', 'VC', 'Saint Vincent and the Grenadines', 'Saint Vincent and the Grenadines', '1980-09-16', GRL],
  ['WSM', 'WS', 'Samoa', 'Samoa', '1976-12-15', APG],
  ['SMR', 'SM', 'San Marino', 'San Marino', '1992-03-02', WEO],
  ['STP', 'ST', 'Sao Tome and Principe', 'Sao Tome and Principe', '1975-09-16', AFR],
  ['SAU', 'SA', 'Saudi Arabia', 'Saudi Arabia', '1945-10-24', APG],
  ['SEN', 'SN', 'Senegal', 'Senegal', '1960-09-28', AFR],
  ['SRB', 'RS', 'Serbia', 'Serbia', '2000-11-01', EEG],
  ['SYC', 'SC', 'Seychelles', 'Seychelles', '1976-09-21', AFR],
  ['SLE', 'SL', 'Sierra Leone', 'Sierra Leone', '1961-09-27', AFR],
  ['SGP', 'SG', 'Singapore', 'Singapore', '1965-09-21', APG],
  ['SVK', 'SK', 'Slovakia', 'Slovakia', '1993-01-19', EEG],
  ['SVN', 'SI', 'Slovenia', 'Slovenia', '1992-05-22', EEG],
  ['SLB', 'SB', 'Solomon Islands', 'Solomon Islands', '1978-09-19', APG],
  ['SOM', 'SO', 'Somalia', 'Somalia', '1960-09-20', AFR],
  ['ZAF', 'ZA', 'South Africa', 'South Africa', '1945-11-07', AFR],
  ['SSD', 'SS', 'South Sudan', 'South Sudan', '2011-07-14', AFR],
  ['ESP', 'ES', 'Spain', 'Spain', '1955-12-14', WEO],
  ['LKA', 'LK', 'Sri Lanka', 'Sri Lanka', '1955-12-14', APG],
  ['SDN', 'SD', 'Sudan', 'Sudan', '1956-11-12', AFR],
  ['SUR', 'SR', 'Suriname', 'Suriname', '1975-12-04', GRL],
  ['SWE', 'SE', 'Sweden', 'Sweden', '1946-11-19', WEO],
  ['CHE', 'CH', 'Switzerland', 'Switzerland', '2002-09-10', WEO],
  ['SYR', 'SY', 'Syrian Arab Republic', 'Syrian Arab Republic', '1945-10-24', APG],
  ['TJK', 'TJ', 'Tajikistan', 'Tajikistan', '1992-03-02', APG],
  ['THA', 'TH', 'Thailand', 'Thailand', '1946-12-16', APG],
  ['TLS', 'TL', 'Timor-Leste', 'Timor-Leste', '2002-09-27', APG],
  ['TGO', 'TG', 'Togo', 'Togo', '1960-09-20', AFR],
  ['TON', 'TO', 'Tonga', 'Tonga', '1999-09-14', APG],
  ['TTO', 'TT', 'Trinidad and Tobago', 'Trinidad and Tobago', '1962-09-18', GRL],
  ['TUN', 'TN', 'Tunisia', 'Tunisia', '1956-11-12', AFR],
  ['TUR', 'TR', 'Türkiye', 'Türkiye', '1945-10-24', WEO],
  ['TKM', 'TM', 'Turkmenistan', 'Turkmenistan', '1992-03-02', APG],
  ['TUV', 'TV', 'Tuvalu', 'Tuvalu', '2000-09-05', APG],
  ['UGA', 'UG', 'Uganda', 'Uganda', '1962-10-25', AFR],
  ['UKR', 'UA', 'Ukraine', 'Ukraine', '1945-10-24', EEG],
  ['ARE', 'AE', 'United Arab Emirates', 'United Arab Emirates', '1971-12-09', APG],
  ['GBR', 'GB', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', '1945-10-24', WEO],
  ['TZA', 'TZ', 'United Republic of Tanzania', 'United Republic of Tanzania', '1961-12-14', AFR],
  ['USA', 'US', 'United States', 'United States of America', '1945-10-24', null],
  ['URY', 'UY', 'Uruguay', 'Uruguay', '1945-12-18', GRL],
  ['UZB', 'UZ', 'Uzbekistan', 'Uzbekistan', '1992-03-02', APG],
  ['VUT', 'VU', 'Vanuatu', 'Vanuatu', '1981-09-15', APG],
  ['VEN', 'VE', 'Venezuela (Bolivarian Republic of)', 'Venezuela (Bolivarian Republic of)', '1945-11-15', GRL],
  ['VNM', 'VN', 'Viet Nam', 'Viet Nam', '1977-09-20', APG],
  ['YEM', 'YE', 'Yemen', 'Yemen', '1947-09-30', APG],
  ['ZMB', 'ZM', 'Zambia', 'Zambia', '1964-12-01', AFR],
  ['ZWE', 'ZW', 'Zimbabwe', 'Zimbabwe', '1980-08-25', AFR],
];

/** fn(sortName, until) with display = sortName unless given. */
const fn = (sortName: string, until: string, name = sortName): FormerName => ({ sortName, name, until });

/**
 * Dated earlier names that matter for display and for Rule 18 (every Council member's
 * name of the time is here). Dates are the day before the new name took effect.
 */
const FORMER_NAMES: Readonly<Record<string, readonly FormerName[]>> = {
  BEN: [fn('Dahomey', '1975-11-29')],
  BFA: [fn('Upper Volta', '1984-08-03')],
  BLR: [fn('Byelorussian Soviet Socialist Republic', '1991-09-18', 'Byelorussian SSR')],
  BOL: [fn('Bolivia', '2009-12-31')],
  CIV: [fn('Ivory Coast', '1985-12-31')],
  CPV: [fn('Cape Verde', '2013-10-23')],
  COD: [fn('Congo (Leopoldville)', '1964-07-31'), fn('Democratic Republic of the Congo', '1971-10-26'), fn('Zaire', '1997-05-16')],
  CZE: [fn('Czech Republic', '2016-05-16')],
  DEU: [fn('Germany, Federal Republic of', '1990-10-02', 'Federal Republic of Germany')],
  EGY: [fn('Egypt', '1958-02-21'), fn('United Arab Republic', '1971-09-01')],
  KHM: [fn('Cambodia', '1970-10-08'), fn('Khmer Republic', '1975-04-16'), fn('Democratic Kampuchea', '1990-12-31')],
  LBY: [fn('Libya', '1969-08-31'), fn('Libyan Arab Republic', '1977-03-01'), fn('Libyan Arab Jamahiriya', '2011-09-15')],
  LKA: [fn('Ceylon', '1972-05-21')],
  MKD: [fn('The former Yugoslav Republic of Macedonia', '2019-02-13')],
  MMR: [fn('Burma', '1989-06-17')],
  NLD: [fn('Netherlands', '2022-12-31', 'Netherlands')],
  SWZ: [fn('Swaziland', '2018-04-18')],
  SYR: [fn('Syria', '1958-02-21')],
  TUR: [fn('Turkey', '2022-05-31')],
  UKR: [fn('Ukrainian Soviet Socialist Republic', '1991-08-23', 'Ukrainian SSR')],
  VEN: [fn('Venezuela', '2004-12-31')],
};

const NOTES: Readonly<Record<string, string>> = {
  CHN:
    'Holds the permanent China seat. The Republic of China occupied the seat until 25 Oct 1971; ' +
    "GA res 2758 (XXVI) restored the rights of the People's Republic of China.",
  RUS: 'Continues the USSR seat and membership since 24 Dec 1991 (letter of President Yeltsin); SUN is the USSR code.',
  USA: 'Belongs to no regional group; attends WEOG as an observer and is counted with WEOG for elections.',
  TUR: 'Participates in both WEOG and the Asia-Pacific Group; counted in WEOG for elections. "Türkiye" since 1 Jun 2022.',
  ISR: 'WEOG member in New York (temporary from 2000, renewed; full in 2014); not in the Asia-Pacific Group.',
  KIR: 'Listed in the Asia-Pacific Group on current UN regional-group lists; earlier lists (to about 2010) placed Kiribati in no group.',
  EGY: 'United Arab Republic (with Syria, 1958–61; Egypt alone kept the name until 2 Sep 1971).',
  YEM: 'Yemen (Arab Republic) admitted 1947; merged with Democratic Yemen on 22 May 1990 as Yemen.',
  NLD: '"Netherlands (Kingdom of the)" since 2022 (exact date of the UN change not confirmed here).',
  BOL: '"Bolivia (Plurinational State of)" since about 2009; the changeover date here is approximate.',
  VEN: '"Venezuela (Bolivarian Republic of)" since the 2000s; the changeover date here is approximate.',
  CZE: 'Czechoslovakia (CSK) was dissolved on 31 Dec 1992; the Czech Republic was admitted on 19 Jan 1993.',
  DEU: 'Federal Republic of Germany admitted 18 Sep 1973; the GDR (DDR) acceded on 3 Oct 1990.',
  SRB: 'Admitted as the Federal Republic of Yugoslavia on 1 Nov 2000; Serbia and Montenegro 2003–06; Serbia since 2006.',
};

/** Admission dates checked against stored copies of UN lists (issue 9): each matched this record exactly. */
const ADMISSION_CHECKED: Readonly<Record<string, readonly string[]>> = {
  yb: [
    'AUS',
    'AUT',
    'BDI',
    'BEL',
    'BGD',
    'BGR',
    'BHR',
    'BOL',
    'BRA',
    'BRB',
    'BTN',
    'BWA',
    'CAN',
    'CHL',
    'CHN',
    'CIV',
    'COG',
    'COL',
    'CRI',
    'ESP',
    'GHA',
    'GIN',
    'GNB',
    'GRC',
    'GRD',
    'GTM',
    'GUY',
    'HND',
    'HTI',
    'HUN',
    'IDN',
    'IND',
    'IRL',
    'IRN',
    'IRQ',
    'ISL',
    'ISR',
    'ITA',
    'JAM',
    'JOR',
    'JPN',
    'KEN',
    'KWT',
    'LAO',
    'LBN',
    'LBR',
    'LKA',
    'LSO',
    'MMR',
    'PAK',
    'PAN',
    'PER',
    'PHL',
    'POL',
    'PRT',
    'PRY',
    'QAT',
    'ROU',
    'RWA',
    'SAU',
    'SDN',
    'SEN',
    'SGP',
    'SLE',
    'SOM',
    'SWZ',
    'TCD',
    'ZAF',
  ],
  ws: [
    'AFG',
    'AGO',
    'ALB',
    'AND',
    'ARE',
    'ARG',
    'ARM',
    'ATG',
    'DZA',
    'GBR',
    'MKD',
    'SWE',
    'TGO',
    'THA',
    'TJK',
    'TKM',
    'TLS',
    'TON',
    'TTO',
    'TUN',
    'TUR',
    'TUV',
    'TZA',
    'UGA',
    'UKR',
    'URY',
    'USA',
    'UZB',
    'VEN',
    'VNM',
    'VUT',
    'YEM',
    'ZMB',
    'ZWE',
  ],
  wm: [
    'AZE',
    'BEN',
    'BFA',
    'BHS',
    'BIH',
    'BLR',
    'BLZ',
    'BRN',
    'CAF',
    'CMR',
    'COD',
    'COM',
    'CPV',
    'CUB',
    'CYP',
    'CZE',
    'DJI',
    'DMA',
    'DNK',
    'DOM',
    'ECU',
    'EGY',
    'ERI',
    'EST',
    'ETH',
    'FIN',
    'FJI',
    'FRA',
    'GNQ',
    'HRV',
    'KHM',
    'PRK',
    'SLV',
  ],
  ss: ['SSD'],
  un: [
    'BOL',
    'CHE',
    'DEU',
    'FSM',
    'GAB',
    'GEO',
    'GMB',
    'KAZ',
    'KGZ',
    'KIR',
    'KNA',
    'KOR',
    'LBY',
    'LCA',
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
    'MLI',
    'MLT',
    'MNE',
    'MNG',
    'MOZ',
    'MRT',
    'MUS',
    'MWI',
    'MYS',
    'NAM',
    'NER',
    'NGA',
    'NIC',
    'NLD',
    'NOR',
    'NPL',
    'NRU',
    'NZL',
    'OMN',
    'PLW',
    'PNG',
    'RUS',
    'SLB',
    'SMR',
    'SRB',
    'STP',
    'SUR',
    'SVK',
    'SVN',
    'SYC',
    'SYR',
    'VCT',
    'VEN',
    'WSM',
  ],
};

const CHECK_SOURCES: Readonly<Record<string, string>> = {
  yb: 'Yearbook of the United Nations 1974, Appendix I "Roster of the United Nations" (docslib.org copy)',
  ws: 'UN Department of Public Information, "United Nations Member States" press list (2006; en.wikisource.org transcription)',
  wm: 'copy of the un.org Member States list with dates of admission (worldometers.info)',
  ss: 'UN press list "United Nations Member States" (en.wikisource.org talk page: South Sudan admitted as the 193rd Member on 14 Jul 2011)',
  un:
    'transcription of the current un.org Member States list, all 193 with dates (github.com/onofreicl/ethos, docs/empathy/countries.md, ' +
    'commit 14c796c); it matches every date here except Thailand (15 instead of 16 Dec 1946; the 2006 press list has 16 Dec)',
};

const checkedBy = new Map<string, string>();
for (const [key, codes] of Object.entries(ADMISSION_CHECKED)) for (const c of codes) checkedBy.set(c, CHECK_SOURCES[key]!);

const UNCERTAIN = new Set(['KIR', 'NLD', 'BOL', 'VEN']);

const members: MemberState[] = ROWS.map(([code, alpha2, name, sortName, admitted, group]) => ({
  code,
  alpha2,
  name,
  sortName,
  formerNames: FORMER_NAMES[code] ?? [],
  status: 'member',
  admitted,
  group,
  ...(code === 'USA' ? { electoralGroup: WEO } : {}),
  ...(NOTES[code] ? { note: NOTES[code] } : {}),
  source: checkedBy.has(code) ? `${SOURCES.memberStates}; admission date checked against ${checkedBy.get(code)}` : SOURCES.memberStates,
  // "confirmed" speaks for the admission date; the uncertain names stay uncertain.
  confidence: UNCERTAIN.has(code) ? 'uncertain' : checkedBy.has(code) ? 'confirmed' : 'knowledge',
}));

/** The two non-member observer States. */
const observers: MemberState[] = [
  {
    code: 'VAT',
    alpha2: 'VA',
    name: 'Holy See',
    sortName: 'Holy See',
    formerNames: [],
    status: 'observer',
    admitted: '1964-04-06',
    group: null,
    note: 'Non-member observer State since 1964; rights confirmed by GA res 58/314 (2004).',
    source: SOURCES.observers,
    confidence: 'knowledge',
  },
  {
    code: 'PSE',
    alpha2: 'PS',
    name: 'State of Palestine',
    sortName: 'State of Palestine',
    formerNames: [],
    status: 'observer',
    admitted: '2012-11-29',
    group: null,
    electoralGroup: APG,
    note: 'Non-member observer State by GA res 67/19 (29 Nov 2012); additional rights by GA res ES-10/23 (2024). Member of the Asian Group since 1986.',
    source: SOURCES.observers,
    confidence: 'knowledge',
  },
];

/** Dissolved States that sat on the Security Council. */
const dissolved: MemberState[] = [
  {
    code: 'SUN',
    alpha2: 'SU',
    name: 'Union of Soviet Socialist Republics',
    sortName: 'Union of Soviet Socialist Republics',
    formerNames: [],
    status: 'dissolved',
    admitted: '1945-10-24',
    ended: '1991-12-24',
    group: EEG,
    note: 'Permanent member; the Russian Federation (RUS) continues its seat and membership from 24/25 Dec 1991.',
    source: SOURCES.ussrSeat,
    confidence: 'knowledge',
  },
  {
    code: 'YUG',
    alpha2: 'YU',
    name: 'Yugoslavia',
    sortName: 'Yugoslavia',
    formerNames: [],
    status: 'dissolved',
    admitted: '1945-10-24',
    ended: '1992-09-22',
    group: EEG,
    note: 'Socialist Federal Republic of Yugoslavia; GA res 47/1 (22 Sep 1992) held that the FRY could not continue its membership.',
    source: SOURCES.memberStates,
    confidence: 'knowledge',
  },
  {
    code: 'CSK',
    alpha2: 'CS',
    name: 'Czechoslovakia',
    sortName: 'Czechoslovakia',
    formerNames: [],
    status: 'dissolved',
    admitted: '1945-10-24',
    ended: '1992-12-31',
    group: EEG,
    source: SOURCES.memberStates,
    confidence: 'knowledge',
  },
  {
    code: 'YMD',
    alpha2: 'YD',
    name: 'Democratic Yemen',
    sortName: 'Democratic Yemen',
    formerNames: [],
    status: 'dissolved',
    admitted: '1967-12-14',
    ended: '1990-05-21',
    group: APG,
    note: "People's Democratic Republic of Yemen; merged with Yemen on 22 May 1990 as the Republic of Yemen (YEM). Elected member 1990 until the merger.",
    source: SOURCES.memberStates,
    confidence: 'knowledge',
  },
  {
    code: 'DDR',
    alpha2: 'DD',
    name: 'German Democratic Republic',
    sortName: 'German Democratic Republic',
    formerNames: [],
    status: 'dissolved',
    admitted: '1973-09-18',
    ended: '1990-10-02',
    group: EEG,
    note: 'Elected member 1980–81 (missing from the un.org elected-members page, which refers it to Germany).',
    source: SOURCES.memberStates,
    confidence: 'knowledge',
  },
];

/** Every state record: members, observers, dissolved States. */
export const allStates: readonly MemberState[] = [...members, ...observers, ...dissolved];

/** The 193 current Member States. */
export const memberStates: readonly MemberState[] = members;

const byCode = new Map(allStates.map((s) => [s.code, s]));

/**
 * The state with this alpha-3 code (case-insensitive). SUN and RUS are distinct records:
 * the USSR until 24 Dec 1991, the Russian Federation after; the Council data uses SUN for
 * the seat until then, so a look-up by date gets the state of the time.
 */
export function memberState(code: string): MemberState | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** The name entry in force on `date` (ISO), or today's. */
export function nameAt(state: MemberState, date?: string): { name: string; sortName: string } {
  if (date) {
    for (const f of state.formerNames) if (date <= f.until) return { name: f.name, sortName: f.sortName };
  }
  return { name: state.name, sortName: state.sortName };
}

/** Display name of a state, at a date if given. */
export function stateName(code: string, date?: string): string | undefined {
  const s = memberState(code);
  return s ? nameAt(s, date).name : undefined;
}

const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();

/** Common English names that are not UN names but that people type. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  'united states': 'USA',
  usa: 'USA',
  'united kingdom': 'GBR',
  uk: 'GBR',
  'great britain': 'GBR',
  russia: 'RUS',
  'soviet union': 'SUN',
  ussr: 'SUN',
  'south korea': 'KOR',
  korea: 'KOR',
  'north korea': 'PRK',
  dprk: 'PRK',
  vietnam: 'VNM',
  'ivory coast': 'CIV',
  turkey: 'TUR',
  iran: 'IRN',
  syria: 'SYR',
  bolivia: 'BOL',
  venezuela: 'VEN',
  tanzania: 'TZA',
  laos: 'LAO',
  moldova: 'MDA',
  micronesia: 'FSM',
  netherlands: 'NLD',
  'the netherlands': 'NLD',
  'czech republic': 'CZE',
  drc: 'COD',
  'dr congo': 'COD',
  palestine: 'PSE',
  vatican: 'VAT',
  uae: 'ARE',
  'east germany': 'DDR',
  'west germany': 'DEU',
};

let byNameCache: Map<string, MemberState> | undefined;

/** States by folded name, built on the first look-up by name (not at import: most callers look up codes). */
function byName(): Map<string, MemberState> {
  if (byNameCache) return byNameCache;
  const names = new Map<string, MemberState>();
  for (const s of allStates) {
    for (const n of [s.name, s.sortName, ...s.formerNames.flatMap((f) => [f.name, f.sortName])]) {
      const key = fold(n);
      // Earlier names never override a current name (e.g. "Democratic Republic of the Congo").
      if (!names.has(key)) names.set(key, s);
    }
  }
  for (const [alias, code] of Object.entries(EXTRA_NAMES)) {
    const s = byCode.get(code);
    if (s && !names.has(alias)) names.set(alias, s);
  }
  byNameCache = names;
  return names;
}

/**
 * Find a state by code (alpha-3 or alpha-2) or by any current, former or common name,
 * case- and accent-insensitive: "Côte d'Ivoire", "cote d'ivoire", "CIV", "Ivory Coast".
 */
export function findState(nameOrCode: string): MemberState | undefined {
  const raw = nameOrCode.trim();
  if (!raw) return undefined;
  if (/^[A-Za-z]{3}$/u.test(raw)) {
    const s = memberState(raw);
    if (s) return s;
  }
  if (/^[A-Za-z]{2}$/u.test(raw)) {
    const upper = raw.toUpperCase();
    const s = allStates.find((x) => x.alpha2 === upper);
    if (s) return s;
  }
  return byName().get(fold(raw));
}
