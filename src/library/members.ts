/** `members(date)` and `president(month)`: the Council on a day and its President in a month, as the CLI prints them with --json. */
// Direct modules, not the data barrel: `council members` and `president` must not load every data set.
import { councilOn } from '../data/composition.js';
import { presidentOf } from '../data/presidencies.js';
import type { Presidency } from '../data/types.js';
import { ok, type Result, type RuleError } from '../rules/result.js';

/** One member as `council members --json` prints it (spec R1–R4). */
export interface MemberJson {
  code: string;
  name: string;
  sortName: string;
  permanent: boolean;
  /** First and last day of an elected term; null for a permanent member. */
  term: [string, string] | null;
  note?: string;
  source: string;
}

/** The members of the Security Council on `date` (YYYY-MM-DD, 1946-01-17..2027-12-31): permanent first, then Rule 18 order. */
export function members(date: string): Result<MemberJson[], RuleError> {
  const result = councilOn(date);
  if (!result.ok) return result;
  return ok(
    result.value.map((m) => ({
      code: m.code,
      name: m.name,
      sortName: m.sortName,
      permanent: m.permanent,
      term: m.term,
      ...(m.note ? { note: m.note } : {}),
      source: m.source,
    })),
  );
}

/** The President of the Security Council in `month` (YYYY-MM, 1946-01..2027-12): Rule 18 rotation with recorded exceptions (spec R5, R6). */
export function president(month: string): Result<Presidency, RuleError> {
  return presidentOf(month);
}
