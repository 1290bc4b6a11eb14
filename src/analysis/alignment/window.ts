import type { IsoDate } from '../../rules/types.js';
import { ISSUES, type IssueKey } from '../ga/issues.js';
import type { GaView } from '../ga/record.js';

/** Which roll calls an alignment looks at: calendar years (inclusive) and an issue. */
export interface WindowOptions {
  /** First calendar year (inclusive); default: the first year in the record. */
  from?: number;
  /** Last calendar year (inclusive); default: the last year in the record. */
  to?: number;
  issue?: IssueKey;
}

/**
 * Indices of the roll calls in the window. Years are calendar years of the vote date
 * (a GA session runs September–December plus resumed parts, so "2014" is the tail of
 * session 68 and most of session 69).
 */
export function windowRollCalls(view: GaView, opts: WindowOptions): number[] {
  const start = opts.from === undefined ? 0 : view.firstOnOrAfter(`${String(opts.from).padStart(4, '0')}-01-01` as IsoDate);
  const end = opts.to === undefined ? view.rollCallCount : view.firstOnOrAfter(`${String(opts.to + 1).padStart(4, '0')}-01-01`);
  const bit = opts.issue ? ISSUES[opts.issue].bit : 0;
  const out: number[] = [];
  for (let r = start; r < end; r++) if (!bit || (view.issueMask(r) & bit) !== 0) out.push(r);
  return out;
}
