/**
 * Short names for the Hall board, in the style of the Assembly's electronic board, so the long
 * official names stay legible in a column of 193. Used only on the board; records and tables
 * keep the full names.
 */
const BOARD_NAMES: Readonly<Record<string, string>> = {
  BOL: 'Bolivia',
  BIH: 'Bosnia-Herzegovina',
  CAF: 'Central African Rep.',
  PRK: "Dem. People's Rep. Korea",
  COD: 'Dem. Rep. of the Congo',
  IRN: 'Iran',
  LAO: "Lao People's Dem. Rep.",
  FSM: 'Micronesia',
  NLD: 'Netherlands',
  KNA: 'Saint Kitts-Nevis',
  VCT: 'Saint Vincent-Grenadines',
  STP: 'Sao Tome-Principe',
  TZA: 'United Rep. of Tanzania',
  VEN: 'Venezuela',
};

/** The board name: the short form where the name is long, else the name as given. */
export function boardName(code: string, name: string): string {
  return name.length > 20 && BOARD_NAMES[code] ? BOARD_NAMES[code]! : name;
}
