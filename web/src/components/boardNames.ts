/**
 * Short names for the Hall board, in the style of the Assembly's electronic board, so the long
 * official names (of today or of the time) stay legible in a column of 193. Used only on the
 * board; records and tables keep the full names. Keyed by the name, since names change.
 */
const BOARD_NAMES: Readonly<Record<string, string>> = {
  'Antigua and Barbuda': 'Antigua-Barbuda',
  'Bolivia (Plurinational State of)': 'Bolivia',
  'Bosnia and Herzegovina': 'Bosnia-Herzegovina',
  'Central African Republic': 'Cent. African Rep.',
  "Democratic People's Republic of Korea": 'DPR Korea',
  'Democratic Republic of the Congo': 'DR Congo',
  'Gambia (Republic of the)': 'Gambia',
  'Iran (Islamic Republic of)': 'Iran',
  "Lao People's Democratic Republic": 'Lao PDR',
  'Micronesia (Federated States of)': 'Micronesia',
  'Netherlands (Kingdom of the)': 'Netherlands',
  'Republic of Moldova': 'Rep. of Moldova',
  'Saint Kitts and Nevis': 'Saint Kitts-Nevis',
  'Saint Vincent and the Grenadines': 'St Vincent-Grenad.',
  'Sao Tome and Principe': 'Sao Tome-Principe',
  'Syrian Arab Republic': 'Syrian Arab Rep.',
  'The former Yugoslav Republic of Macedonia': 'TFYR Macedonia',
  'Trinidad and Tobago': 'Trinidad-Tobago',
  'United Arab Emirates': 'Utd Arab Emirates',
  'United Kingdom of Great Britain and Northern Ireland': 'United Kingdom',
  'United Republic of Tanzania': 'UR Tanzania',
  'United States of America': 'United States',
  'Venezuela (Bolivarian Republic of)': 'Venezuela',
};

/** Longest name the board shows unshortened. */
const LONGEST = 18;

/** The board name: the short form of a long name; else a long name without its parenthesis; else the name. */
export function boardName(name: string): string {
  const short = BOARD_NAMES[name];
  if (short) return short;
  return name.length > LONGEST ? name.replace(/\s*\(.*\)$/u, '') : name;
}
