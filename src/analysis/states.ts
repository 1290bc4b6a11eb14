/**
 * The one place the analysis reads the data layer (static, sourced tables; no I/O):
 * names and regional groups for display and for the forecast's group feature.
 */
import { allStates, memberState, stateName } from '../data/index.js';
import type { RegionalGroup } from '../data/index.js';
import type { StateCode } from '../rules/types.js';

export type { RegionalGroup };
export const REGIONAL_GROUPS: readonly RegionalGroup[] = [
  'African',
  'Asia-Pacific',
  'Eastern European',
  'Latin American and Caribbean',
  'Western European and Others',
];

/** alpha-2 → alpha-3 source for the GA loader. */
export const stateCodes = allStates;

/**
 * The group a state votes with: its regional group, else the group it is counted in
 * for Council elections (the United States sits with WEOG for that purpose), else null.
 */
export function groupOf(code: StateCode): RegionalGroup | null {
  const s = memberState(code);
  return s ? (s.group ?? s.electoralGroup ?? null) : null;
}

export function displayName(code: StateCode, date?: string): string {
  return stateName(code, date) ?? code;
}

/** Every name of every other state (to tell "Republic of Korea" from the DPRK in titles). */
export function otherStatesNames(code: StateCode): string[] {
  return allStates.filter((s) => s.code !== code.toUpperCase()).flatMap((s) => namesOf(s.code));
}

/** Every name a state has borne (for finding GA resolutions about it). */
export function namesOf(code: StateCode): string[] {
  const s = memberState(code);
  if (!s) return [];
  return [...new Set([s.name, s.sortName, ...s.formerNames.flatMap((f) => [f.name, f.sortName])])];
}
