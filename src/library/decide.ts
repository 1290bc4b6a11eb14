/**
 * `decide(input)`: one Security Council or General Assembly vote, decided from the JSON
 * object `council decide` reads, answered with the object `council decide --json` prints
 * (spec R18-R26, R51-R55). Bad input is a typed error in the Result, never an exception.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { decideGeneralAssembly, decideSecurityCouncil } from '../rules/decide.js';
import { err, ok, type Result, type RuleError } from '../rules/result.js';
import { BALLOTS, type Composition, type Decision } from '../rules/types.js';
import { councilOn, stateName } from '../data/index.js';

/** The closed list of codes `decide` refuses with, besides the rules' and the data's own. */
export const DECIDE_INPUT_ERRORS = ['invalid-input', 'unknown-state'] as const;

export type DecideError = RuleError;

/** The input: a Security Council vote on a date, or a General Assembly vote by ballots or tally. */
export type DecideInput = z.input<ReturnType<typeof schemas>['sc']> | z.input<ReturnType<typeof schemas>['ga']>;

/** The answer, exactly as `council decide --json` prints it. */
export interface DecideOutput {
  outcome: Decision['outcome'];
  reason: Decision['reason'];
  tally: Decision['tally'];
  required: number;
  vetoedBy: string[];
  /** A Main Committee's recommendation to the plenary (spec R55). */
  recommendation?: 'approved' | 'rejected';
  rules: string[];
  explanation: string;
  warnings: Decision['warnings'];
  trace: Decision['trace'];
  /** The language-free facts the outcome rests on, for explanations in any language (src/records/explain). */
  facts?: Decision['facts'];
}

/**
 * Built on first use: importing `council` for members() or president() need not construct
 * them. zod/mini (the same zod, as plain functions) lets the CLI's bundle keep only what
 * these schemas use: a tenth of zod, a shorter start for every `council decide`.
 */
function schemas() {
  z.config(en()); // zod/mini loads no messages of its own; these are the ones zod's full API uses
  const CODE = z.string().check(z.regex(/^[A-Z]{3}$/, 'a state code is three capital letters, e.g. "USA"'));
  // "absent" is accepted too: it is what an unlisted member is anyway.
  const VOTE = z.enum(BALLOTS, {
    error: (issue) => `"${String(issue.input)}" is not a vote (yes, no, abstain, non-participation)`,
  });
  const VOTES = z.record(CODE, VOTE);
  const COUNT = z.number('must be a number').check(z.int('must be a whole number'), z.minimum(0, 'must be 0 or more'));
  const DATE = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'));

  const sc = z.strictObject({
    body: z.literal('security-council'),
    date: DATE,
    matter: z.enum(['procedural', 'non-procedural', 'icj-election']),
    votes: VOTES,
    chapter: z.optional(z.enum(['VI', 'VII', 'VIII', '52(3)'])),
    dispute: z.optional(z.strictObject({ parties: z.array(CODE).check(z.minLength(1)) })),
    options: z.optional(
      z.strictObject({
        treatP5AbsenceAsVeto: z.optional(z.boolean()),
        treatP5NonParticipationAsVeto: z.optional(z.boolean()),
        classifyP5NoBelowThresholdAsVeto: z.optional(z.boolean()),
        obligatoryAbstentionMode: z.optional(z.enum(['strict', 'record-only'])),
      }),
    ),
  });

  const ga = z
    .strictObject({
      body: z.enum(['general-assembly', 'ga-main-committee']),
      majority: z.enum(['simple', 'two-thirds', 'majority-of-membership']),
      date: z.optional(DATE),
      votes: z.optional(VOTES),
      tally: z.optional(z.strictObject({ yes: COUNT, no: COUNT, abstain: COUNT })),
      membership: z.optional(z.number().check(z.int(), z.minimum(1))),
      options: z.optional(z.strictObject({ art19NoVote: z.optional(z.array(CODE)) })),
    })
    .check(
      z.refine((v) => (v.votes === undefined) !== (v.tally === undefined), { message: 'give either "votes" or "tally"', path: ['votes'] }),
    );
  return { sc, ga };
}

let built: ReturnType<typeof schemas> | undefined;

/** Whether `path` is absent from the raw input (zod does not keep the input in its issues). */
function isMissing(raw: unknown, path: readonly PropertyKey[]): boolean {
  let here: unknown = raw;
  for (const key of path) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, key)) return true;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here === undefined;
}

/** The first problem, as one line a person can act on. */
function firstIssue(error: z.core.$ZodError, raw: unknown): string {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  if (issue.code === 'custom') return issue.message;
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}${path ? ` in ${path}` : ''}`;
  if (issue.code === 'invalid_key')
    return `${issue.path.slice(0, -1).map(String).join('.')}: "${String(issue.path.at(-1))}" is not a state code (three capital letters, e.g. "USA")`;
  if (issue.path.length > 0 && isMissing(raw, issue.path)) return `missing field "${path}"`;
  return path ? `${path}: ${issue.message}` : issue.message;
}

const invalid = (message: string) => err<DecideError>({ code: 'invalid-input', message });

function unknownCode(codes: Iterable<string>): DecideError | undefined {
  for (const code of codes) {
    if (stateName(code) === undefined) return { code: 'unknown-state', message: `unknown state code "${code}"` };
  }
  return undefined;
}

function decideSc(raw: unknown): Result<{ decision: Decision }, DecideError> {
  const parsed = (built ??= schemas()).sc.safeParse(raw);
  if (!parsed.success) return invalid(firstIssue(parsed.error, raw));
  const input = parsed.data;
  const unknown = unknownCode([...Object.keys(input.votes), ...(input.dispute?.parties ?? [])]);
  if (unknown) return err(unknown);
  const council = councilOn(input.date);
  if (!council.ok) return council;
  const composition: Composition = { date: input.date, seats: council.value.map((m) => ({ code: m.code, permanent: m.permanent })) };
  const names = new Map(council.value.map((m) => [m.code, m.name]));
  const result = decideSecurityCouncil(
    {
      composition,
      matter: input.matter,
      ballots: input.votes,
      ...(input.chapter ? { chapter: input.chapter } : {}),
      ...(input.dispute ? { dispute: input.dispute } : {}),
    },
    { ...input.options, nameOf: (c) => names.get(c) ?? stateName(c) ?? c },
  );
  return result.ok ? ok({ decision: result.value }) : result;
}

function decideGa(raw: unknown): Result<{ decision: Decision; recommendation?: 'approved' | 'rejected' }, DecideError> {
  const parsed = (built ??= schemas()).ga.safeParse(raw);
  if (!parsed.success) return invalid(firstIssue(parsed.error, raw));
  const input = parsed.data;
  const unknown = input.votes ? unknownCode(Object.keys(input.votes)) : undefined;
  if (unknown) return err(unknown);
  const result = decideGeneralAssembly(
    {
      body: input.body,
      majority: input.majority,
      ...(input.votes ? { ballots: input.votes } : {}),
      ...(input.tally ? { tally: input.tally } : {}),
      ...(input.membership ? { membership: input.membership } : {}),
    },
    input.options?.art19NoVote ? { art19NoVote: input.options.art19NoVote } : {},
  );
  if (!result.ok) return result;
  const { presentAndVoting: _pv, recommendation, ...decision } = result.value;
  return ok(recommendation ? { decision, recommendation } : { decision });
}

/** Decide one vote described as `council decide` reads it; the answer is `council decide --json`'s object. */
export function decide(input: DecideInput): Result<DecideOutput, DecideError>;
export function decide(input: unknown): Result<DecideOutput, DecideError>;
export function decide(input: unknown): Result<DecideOutput, DecideError> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return invalid('the input must be one JSON object');
  const body = (input as { body?: unknown }).body;
  let out: Result<{ decision: Decision; recommendation?: 'approved' | 'rejected' }, DecideError>;
  if (body === 'security-council') out = decideSc(input);
  else if (body === 'general-assembly' || body === 'ga-main-committee') out = decideGa(input);
  else if (body === undefined) return invalid('missing field "body"');
  else return invalid(`body: "${String(body)}" is not security-council, general-assembly or ga-main-committee`);
  if (!out.ok) return out;
  const d = out.value.decision;
  return ok({
    outcome: d.outcome,
    reason: d.reason,
    tally: d.tally,
    required: d.required,
    vetoedBy: d.vetoedBy,
    ...(out.value.recommendation ? { recommendation: out.value.recommendation } : {}),
    rules: d.rules,
    explanation: d.explanation,
    warnings: d.warnings,
    trace: d.trace,
    ...(d.facts ? { facts: d.facts } : {}),
  });
}
