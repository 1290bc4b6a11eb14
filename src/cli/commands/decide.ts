/** `council decide`: decide one vote from a JSON description (spec R18-R26, R51-R55). */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { type CliIO, type Command, printJson, UsageError } from '../command.js';
import { parseOptions } from '../args.js';
import { decideGeneralAssembly, decideSecurityCouncil } from '../../rules/decide.js';
import { BALLOTS, type Composition, type Decision } from '../../rules/types.js';
import { councilOn, stateName } from '../../data/index.js';

const CODE = z.string().regex(/^[A-Z]{3}$/, 'a state code is three capital letters, e.g. "USA"');
// "absent" is accepted too: it is what an unlisted member is anyway.
const VOTE = z.enum(BALLOTS, {
  error: (issue) => `"${String(issue.input)}" is not a vote (yes, no, abstain, non-participation)`,
});
const VOTES = z.record(CODE, VOTE);
const COUNT = z.number('must be a number').int('must be a whole number').min(0, 'must be 0 or more');

const scSchema = z.strictObject({
  body: z.literal('security-council'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
  matter: z.enum(['procedural', 'non-procedural', 'icj-election']),
  votes: VOTES,
  chapter: z.enum(['VI', 'VII', 'VIII', '52(3)']).optional(),
  dispute: z.strictObject({ parties: z.array(CODE).min(1) }).optional(),
  options: z.strictObject({
    treatP5AbsenceAsVeto: z.boolean().optional(),
    treatP5NonParticipationAsVeto: z.boolean().optional(),
    classifyP5NoBelowThresholdAsVeto: z.boolean().optional(),
    obligatoryAbstentionMode: z.enum(['strict', 'record-only']).optional(),
  }).optional(),
});

const gaSchema = z.strictObject({
  body: z.enum(['general-assembly', 'ga-main-committee']),
  majority: z.enum(['simple', 'two-thirds', 'majority-of-membership']),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').optional(),
  votes: VOTES.optional(),
  tally: z.strictObject({ yes: COUNT, no: COUNT, abstain: COUNT }).optional(),
  membership: z.number().int().min(1).optional(),
  options: z.strictObject({ art19NoVote: z.array(CODE).optional() }).optional(),
}).refine((v) => (v.votes === undefined) !== (v.tally === undefined), { message: 'give either "votes" or "tally"', path: ['votes'] });

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
function firstIssue(error: z.ZodError, raw: unknown): string {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  if (issue.code === 'custom') return issue.message;
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}${path ? ` in ${path}` : ''}`;
  if (issue.code === 'invalid_key') return `${issue.path.slice(0, -1).map(String).join('.')}: "${String(issue.path.at(-1))}" is not a state code (three capital letters, e.g. "USA")`;
  if (issue.path.length > 0 && isMissing(raw, issue.path)) return `missing field "${path}"`;
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * JSON.parse keeps the last of two equal keys, so `{"USA":"yes","USA":"no"}` would silently
 * count one ballot. Two ballots from one member is an error (spec R18): find the first
 * repeated key in any object of already-valid JSON text, with its path.
 */
export function findDuplicateKey(text: string): string | undefined {
  const stack: { keys: Set<string>; path: string; pendingKey?: string }[] = [];
  let i = 0;
  let lastString = '';
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      lastString = JSON.parse(text.slice(i, j + 1)) as string;
      i = j + 1;
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === ':' && top) {
      if (top.keys.has(lastString)) return top.path ? `${top.path}.${lastString}` : lastString;
      top.keys.add(lastString);
      top.pendingKey = lastString;
    } else if (ch === '{') {
      const key = top?.pendingKey;
      stack.push({ keys: new Set(), path: key === undefined ? (top?.path ?? '') : top!.path ? `${top!.path}.${key}` : key });
    } else if (ch === '}') {
      stack.pop();
    } else if (ch === '[' && top) {
      top.pendingKey = undefined; // objects inside arrays get no key of their own
    } else if (ch === ',' && top) {
      top.pendingKey = undefined;
    }
    i++;
  }
  return undefined;
}

async function readInput(source: string | undefined, io: CliIO): Promise<unknown> {
  let text: string;
  if (source === undefined || source === '-') text = await io.readStdin();
  else {
    try {
      text = await readFile(source, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${source}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError('the input is not valid JSON');
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate !== undefined) throw new UsageError(`"${duplicate}" is given twice (one ballot per member)`);
  return value;
}

function unknownCodes(codes: Iterable<string>): void {
  for (const code of codes) {
    if (stateName(code) === undefined) throw new UsageError(`unknown state code "${code}"`);
  }
}

function decideSc(raw: unknown): { decision: Decision } {
  const parsed = scSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(firstIssue(parsed.error, raw));
  const input = parsed.data;
  unknownCodes([...Object.keys(input.votes), ...(input.dispute?.parties ?? [])]);
  const council = councilOn(input.date);
  if (!council.ok) throw new UsageError(council.error.message);
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
  if (!result.ok) throw new UsageError(result.error.message);
  return { decision: result.value };
}

function decideGa(raw: unknown): { decision: Decision; recommendation?: string } {
  const parsed = gaSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(firstIssue(parsed.error, raw));
  const input = parsed.data;
  if (input.votes) unknownCodes(Object.keys(input.votes));
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
  if (!result.ok) throw new UsageError(result.error.message);
  const { presentAndVoting: _pv, recommendation, ...decision } = result.value;
  return recommendation ? { decision, recommendation } : { decision };
}

export const decideCommand: Command = {
  name: 'decide',
  summary: 'decide one Security Council or General Assembly vote and explain the outcome',
  usage: [
    'Usage: council decide [--json] [FILE|-]   (no FILE or "-": read standard input)',
    'Input, one JSON object:',
    '  {"body":"security-council","date":"2017-12-11","matter":"procedural"|"non-procedural"|"icj-election",',
    '   "votes":{"USA":"yes","CHN":"no","EGY":"abstain"}, "chapter"?:"VI"|"VII"|"VIII"|"52(3)",',
    '   "dispute"?:{"parties":["..."]}, "options"?:{"treatP5AbsenceAsVeto":false,...}}   (members not listed are absent)',
    '  {"body":"general-assembly"|"ga-main-committee","majority":"simple"|"two-thirds"|"majority-of-membership",',
    '   "votes":{...}} or "tally":{"yes":93,"no":24,"abstain":58} instead of votes',
    '  --json  print {"outcome","reason","tally","required","vetoedBy","rules","explanation","warnings","trace"}',
  ].join('\n'),
  async run(argv, io) {
    const parsedArgs = parseOptions(argv, { json: { type: 'boolean' } }, true);
    const { values, positionals } = parsedArgs;
    if (positionals.length > 1) throw new UsageError('give at most one input file');
    const raw = await readInput(positionals[0], io);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError('the input must be one JSON object');
    const body = (raw as { body?: unknown }).body;
    let out: { decision: Decision; recommendation?: string };
    if (body === 'security-council') out = decideSc(raw);
    else if (body === 'general-assembly' || body === 'ga-main-committee') out = decideGa(raw);
    else if (body === undefined) throw new UsageError('missing field "body"');
    else throw new UsageError(`body: "${String(body)}" is not security-council, general-assembly or ga-main-committee`);

    const d = out.decision;
    if (values.json) {
      printJson(io, {
        outcome: d.outcome,
        reason: d.reason,
        tally: d.tally,
        required: d.required,
        vetoedBy: d.vetoedBy,
        ...(out.recommendation ? { recommendation: out.recommendation } : {}),
        rules: d.rules,
        explanation: d.explanation,
        warnings: d.warnings,
        trace: d.trace,
      });
    } else {
      const lines = [d.explanation, `Rules: ${d.rules.join('; ')}`, ...d.warnings.map((w) => `Warning (${w.code}): ${w.message}`)];
      io.out(lines.join('\n') + '\n');
    }
    return 0;
  },
};
