import type { StateCode } from '../../rules/types.js';

/**
 * Mapping the dataset's alpha-2 codes to the project's alpha-3 codes.
 *
 * The bulk comes from the data layer's state list (alpha2 → code). The dataset follows
 * the seat, not the regime, in a few places, and its R origin turned Namibia's "NA" into
 * a missing-value marker shared with three other states, so these need a table:
 */
export const HISTORICAL_ALPHA2: Readonly<Record<string, StateCode>> = {
  SU: 'SUN', // USSR (this release codes it RU from 1946; a release using SU maps here)
  YU: 'YUG', // Yugoslavia; the dataset continues the series under YU for Serbia
  CS: 'CSK', // Czechoslovakia
  DD: 'DDR', // German Democratic Republic
  YD: 'YMD', // People's Democratic Republic of Yemen (ISO 3166-3 YMD)
  TW: 'CHN', // "Taiwan" 1946–71 is the Republic of China in the China seat (GA res 2758 (XXVI))
  ZR: 'COD', // Zaire
  BU: 'MMR', // Burma
  TP: 'TLS', // East Timor
};

/** Rows whose code is "NA" (or empty) are told apart by the country name. */
export const BY_DATASET_NAME: Readonly<Record<string, StateCode>> = {
  namibia: 'NAM',
  'federal republic of germany': 'DEU',
  'yemen arab republic': 'YEM', // North Yemen; united Yemen continues its seat
  zanzibar: 'XZZ', // member Dec 1963–Apr 1964; no ISO code, so a user-assigned one
};

/** Codes that mean the same dataset column (lookups only; records keep one code). */
export const COLUMN_ALIASES: Readonly<Record<StateCode, StateCode>> = {
  SUN: 'RUS', // this release files the USSR under Russia
  SRB: 'YUG',
  SCG: 'YUG',
  TWN: 'CHN',
};

export interface Alpha2Source {
  code: StateCode;
  alpha2: string;
}

/**
 * A resolver (alpha-2, dataset name) → alpha-3. Unknown codes come back undefined so the
 * loader can keep the votes under a visible placeholder and warn.
 */
export function makeCodeResolver(states: readonly Alpha2Source[]): (alpha2: string, name: string) => StateCode | undefined {
  const table = new Map<string, StateCode>();
  for (const s of states) if (s.alpha2 && !table.has(s.alpha2.toUpperCase())) table.set(s.alpha2.toUpperCase(), s.code);
  for (const [a2, code] of Object.entries(HISTORICAL_ALPHA2)) table.set(a2, code);
  return (alpha2, name) => {
    const byName = BY_DATASET_NAME[name.trim().toLowerCase()];
    if (byName) return byName;
    const a2 = alpha2.trim().toUpperCase();
    if (a2 === '' || a2 === 'NA') return undefined;
    return table.get(a2);
  };
}

/**
 * The dataset keeps one column per seat across a change of state (the USSR's votes under
 * Russia, Serbia's under Yugoslavia). For labels, the state that column stood for on a date.
 */
const COLUMN_HOLDERS: Readonly<Record<StateCode, readonly (readonly [until: string, code: StateCode])[]>> = {
  RUS: [['1991-12-24', 'SUN']],
  YUG: [
    ['2000-10-31', 'YUG'],
    ['9999-12-31', 'SRB'],
  ], // FRY admitted 1 Nov 2000; Serbia continues it
};

export function columnHolderOn(code: StateCode, date: string): StateCode {
  for (const [until, holder] of COLUMN_HOLDERS[code] ?? []) if (date <= until) return holder;
  return code;
}
