import type { StateCode } from '../types.js';

/**
 * How to apply Art. 27(3)'s proviso (spec R23): `strict` refuses a yes/no ballot from an
 * obligated party (simulation); `record-only` accepts it with a warning (replaying history,
 * where practice has been inconsistent).
 */
export type ObligatoryAbstentionMode = 'strict' | 'record-only';

/**
 * Every [P] (practice) point of Security Council voting is a switch with the spec's default,
 * so a teacher or analyst can model a different reading without changing code.
 */
export interface ScOptions {
  /** Spec R22: a permanent member's absence blocks a non-procedural decision. Default false. */
  treatP5AbsenceAsVeto: boolean;
  /** Spec R22: a permanent member's non-participation blocks. Default false. */
  treatP5NonParticipationAsVeto: boolean;
  /** Spec R21 / Q4: below nine yes, a permanent no is still reported as a veto. Default false. */
  classifyP5NoBelowThresholdAsVeto: boolean;
  /** Spec R23. Default 'strict'. */
  obligatoryAbstentionMode: ObligatoryAbstentionMode;
  /** Display name for explanations; the CLI passes the data layer's names. Default: the code. */
  nameOf: (code: StateCode) => string;
}

export const DEFAULT_SC_OPTIONS: Readonly<ScOptions> = Object.freeze({
  treatP5AbsenceAsVeto: false,
  treatP5NonParticipationAsVeto: false,
  classifyP5NoBelowThresholdAsVeto: false,
  obligatoryAbstentionMode: 'strict',
  nameOf: (code: StateCode) => code,
});

/** The spec defaults with the caller's overrides on top (undefined values are ignored). */
export function scOptions(overrides: Partial<ScOptions> = {}): ScOptions {
  const merged: ScOptions = { ...DEFAULT_SC_OPTIONS };
  for (const [key, value] of Object.entries(overrides) as [keyof ScOptions, never][]) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
