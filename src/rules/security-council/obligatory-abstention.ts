import { err, ok, type Result, type RuleError } from '../result.js';
import type { Ballot, RuleWarning, ScMatter, StateCode } from '../types.js';
import type { ObligatoryAbstentionMode } from './options.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const OBLIGATORY_ABSTENTION_ERRORS = ['chapter-unspecified', 'obligatory-abstention-violation'] as const;
export type ObligatoryAbstentionError = RuleError<(typeof OBLIGATORY_ABSTENTION_ERRORS)[number]>;

/** The Charter basis a draft is taken under, as far as Art. 27(3)'s proviso cares. */
export type ScChapter = 'VI' | 'VII' | 'VIII' | '52(3)';

export interface ObligationCheck {
  /** Seat indices of parties obliged to abstain (empty when the proviso does not apply). */
  obligatedSeats: number[];
  obligatedCodes: StateCode[];
  /** Obligated parties that voted yes or no anyway (record-only mode). */
  violators: StateCode[];
  warnings: RuleWarning[];
}

/**
 * Charter Art. 27(3) proviso (spec R23): in decisions under Chapter VI or Art. 52(3), a party
 * to a dispute shall abstain. It applies only to non-procedural decisions on a *dispute* (the
 * caller says so by passing its parties) under those bases; never under Chapter VII.
 * In strict mode a yes/no from an obligated party is refused; in record-only mode it counts
 * and a warning is attached.
 */
export function checkObligatoryAbstention(
  matter: ScMatter,
  chapter: ScChapter | undefined,
  dispute: { parties: readonly StateCode[] } | undefined,
  seatCodes: readonly StateCode[],
  ballots: readonly Ballot[],
  mode: ObligatoryAbstentionMode,
): Result<ObligationCheck, ObligatoryAbstentionError> {
  const none: ObligationCheck = { obligatedSeats: [], obligatedCodes: [], violators: [], warnings: [] };
  if (matter !== 'non-procedural' || !dispute || (chapter !== 'VI' && chapter !== '52(3)')) {
    if (dispute && matter === 'non-procedural' && chapter === undefined) {
      none.warnings.push({
        code: 'chapter-unspecified',
        message: 'a dispute was given without a chapter; the Art. 27(3) obligation to abstain was not applied',
        rule: 'spec R23',
        args: {},
      });
    }
    return ok(none);
  }
  const parties = new Set(dispute.parties);
  const result: ObligationCheck = { ...none, warnings: [] };
  seatCodes.forEach((code, i) => {
    if (!parties.has(code)) return;
    result.obligatedSeats.push(i);
    result.obligatedCodes.push(code);
    const b = ballots[i];
    if (b === 'yes' || b === 'no') result.violators.push(code);
  });
  if (result.violators.length > 0) {
    const message = `${result.violators.join(', ')}, party to the dispute, must abstain in a decision under ${chapter === 'VI' ? 'Chapter VI' : 'Art. 52(3)'}`;
    if (mode === 'strict') {
      return err({ code: 'obligatory-abstention-violation', message, rule: 'Charter Art. 27(3)' });
    }
    result.warnings.push({
      code: 'obligatory-abstention-violation',
      message: `${message}; counted as cast (record-only mode)`,
      rule: 'Charter Art. 27(3)',
      args: { members: [...result.violators], chapter: chapter === 'VI' ? 'VI' : 'art52' },
    });
  }
  return ok(result);
}
