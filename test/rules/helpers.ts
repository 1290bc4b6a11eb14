/** Inline compositions and ballot builders for rules tests (independent of the data layer). */
import type { Ballot, Composition, StateCode } from '../../src/rules/types.js';

export const P5 = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'] as const;

export function council(date: string, elected: readonly StateCode[], permanent: readonly StateCode[] = P5): Composition {
  return {
    date,
    seats: [...permanent.map((code) => ({ code, permanent: true })), ...elected.map((code) => ({ code, permanent: false }))],
  };
}

export function votes(spec: {
  yes?: readonly StateCode[];
  no?: readonly StateCode[];
  abstain?: readonly StateCode[];
  np?: readonly StateCode[];
  absent?: readonly StateCode[];
}): Record<StateCode, Ballot> {
  const out: Record<StateCode, Ballot> = {};
  for (const c of spec.yes ?? []) out[c] = 'yes';
  for (const c of spec.no ?? []) out[c] = 'no';
  for (const c of spec.abstain ?? []) out[c] = 'abstain';
  for (const c of spec.np ?? []) out[c] = 'non-participation';
  for (const c of spec.absent ?? []) out[c] = 'absent';
  return out;
}

/** Unwrap a Result in a test, failing loudly with the error. */
export function must<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export const NAMES: Record<string, string> = {
  CHN: 'China',
  FRA: 'France',
  RUS: 'Russian Federation',
  GBR: 'United Kingdom',
  USA: 'United States',
  TCD: 'Chad',
  NGA: 'Nigeria',
  BOL: 'Bolivia (Plurinational State of)',
};
export const nameOf = (c: string) => NAMES[c] ?? c;

// Real memberships used by the section J scenarios.
export const C2014 = council('2014-12-22', ['ARG', 'AUS', 'CHL', 'JOR', 'LTU', 'LUX', 'KOR', 'RWA', 'TCD', 'NGA']);
export const C2015 = council('2015-12-10', ['AGO', 'TCD', 'CHL', 'JOR', 'LTU', 'MYS', 'NZL', 'NGA', 'ESP', 'VEN']);
export const C2016 = council('2016-12-09', ['AGO', 'EGY', 'JPN', 'MYS', 'NZL', 'SEN', 'ESP', 'UKR', 'URY', 'VEN']);
export const C2017 = council('2017-12-11', ['BOL', 'EGY', 'ETH', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'URY']);
export const C2018 = council('2018-04-14', ['BOL', 'CIV', 'GNQ', 'ETH', 'KAZ', 'KWT', 'NLD', 'PER', 'POL', 'SWE']);
export const C2022 = council('2022-02-27', ['ALB', 'BRA', 'GAB', 'GHA', 'IND', 'IRL', 'KEN', 'MEX', 'NOR', 'ARE']);
export const C2024 = council('2024-10-31', ['DZA', 'ECU', 'GUY', 'JPN', 'MLT', 'MOZ', 'KOR', 'SLE', 'SVN', 'CHE']);
/** 1960: the China seat held by the Republic of China, the USSR seat (SUN); six elected members. */
export const C1960 = council('1960-06-01', ['ARG', 'LKA', 'ECU', 'ITA', 'POL', 'TUN'], ['CHN', 'FRA', 'SUN', 'GBR', 'USA']);

export const codesOf = (c: Composition) => c.seats.map((s) => s.code);
export const allBut = (c: Composition, except: readonly string[]) => codesOf(c).filter((x) => !except.includes(x));
