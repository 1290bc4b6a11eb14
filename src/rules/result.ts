/**
 * Every rule function returns a Result instead of throwing: an illegal input is a
 * value the caller can inspect (chessops style), never an exception.
 */
export type Result<T, E = RuleError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** A typed refusal: a stable machine code, one human sentence, and the rule that forbids it. */
export interface RuleError<C extends string = string> {
  code: C;
  message: string;
  /** Citation of what forbids it, e.g. "Charter Art. 27(3)" or "spec R23". */
  rule?: string;
}
