/**
 * `council` as a library: the same answers as the CLI's --json, as functions. Importing it
 * loads no server, database or PDF code (test/library checks the loaded modules).
 *
 *   decide(input)      one Council or GA vote          (council decide --json)
 *   members(date)      the Council on a day            (council members --json)
 *   president(month)   its President in a month        (council president --json)
 *   parseSymbol(text)  a UN document symbol            (council symbol --json)
 *   power(game)        exact voting-power indices      (council power --json)
 *
 * Each returns a Result: `{ ok: true, value }` or `{ ok: false, error: { code, message, rule? } }`.
 * More: `council/rules`, `council/data`, `council/power`, `council/records`.
 */
export { decide, DECIDE_INPUT_ERRORS, type DecideError, type DecideInput, type DecideOutput } from './library/decide.js';
export { members, president, type MemberJson } from './library/members.js';
export {
  power,
  type PowerJson,
  type BinaryPowerJson,
  type TernaryPowerJson,
  type WeightedGameInput,
  type ExactValue,
} from './library/power.js';
export { parseSymbol, type ParsedSymbol } from './records/symbols/index.js';
export type { Result, RuleError } from './rules/result.js';
export type { Presidency } from './data/index.js';
export type { Body } from './analysis/power/index.js';
