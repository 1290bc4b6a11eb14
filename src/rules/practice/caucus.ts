/**
 * Model UN caucus motions (practice: Model UN). None of these is in the UN rules of procedure:
 * a faithful UN session ('un') refuses them; a MUN session ('mun') offers them beside the body's
 * own motions (Rule 33; GA rules 74–79 [116–121]).
 *
 *  - moderated-caucus {totalSeconds, speakingSeconds, topic?}: the chair recognises speakers one
 *    after another, each for the speaking time, until the total time runs out.
 *  - unmoderated-caucus {totalSeconds}: formal debate stops; delegates talk freely.
 *  - extend-caucus {seconds}: more time for the caucus under way.
 *
 * Common Model UN conventions this module follows (documented practice choices, not rules —
 * conferences differ; the choices are named so a chair can tell which one applies):
 *  1. A caucus motion is decided by a simple majority of the members present: more yes votes
 *     than half of those present (an abstention or a no counts against). "Present" is who
 *     answered the last roll call, or, with no roll call, every member that cast any ballot.
 *  2. Caucus motions come after every motion of the body's own rules (suspending, adjourning,
 *     closing the debate end or interrupt the meeting and so go first) and among themselves
 *     from the most to the least disruptive: an extension of the caucus under way first (it
 *     continues the business at hand), then unmoderated caucuses (longest first), then moderated
 *     caucuses (longest total first; at equal totals the longer speaking time, i.e. fewer
 *     speakers, first); ties keep the order they were moved in.
 *  3. Once a caucus motion carries, the other pending caucus motions lapse (delegates move again
 *     when the caucus ends); a new caucus cannot be moved while one is under way.
 */
import { err, ok, type Result, type RuleError } from '../result.js';
import type { Ballot, Decision, StateCode } from '../types.js';
import type { Practice } from './floor.js';

export const CAUCUS_PRACTICE = 'practice: Model UN';

export const CAUCUS_MOTIONS = ['moderated-caucus', 'unmoderated-caucus', 'extend-caucus'] as const;
export type CaucusMotion = (typeof CAUCUS_MOTIONS)[number];
export type CaucusKind = 'moderated' | 'unmoderated';

/** The closed list of this module's refusals (src/rules/errors.ts collects them). */
export const CAUCUS_ERRORS = ['practice-not-enabled', 'invalid-caucus-time', 'no-caucus', 'caucus-running'] as const;
export type CaucusError = RuleError<(typeof CAUCUS_ERRORS)[number]>;

/** Longest caucus, all extensions included (a guard against typos, not a rule). */
export const MAX_CAUCUS_SECONDS = 4 * 3600;

export const isCaucusMotion = (motion: string): motion is CaucusMotion => (CAUCUS_MOTIONS as readonly string[]).includes(motion);

/** What a caucus motion proposes: the times (whole seconds) and, for a moderated caucus, a topic. */
export interface CaucusTerms {
  totalSeconds?: number;
  speakingSeconds?: number;
  seconds?: number;
  topic?: string;
}

/** The caucus under way, as the session keeps it. */
export interface CaucusClock {
  kind: CaucusKind;
  totalSeconds: number;
  speakingSeconds?: number;
  /** ISO time the caucus began, by the server's clock. */
  startedAt: string;
}

const timeError = (message: string): CaucusError => ({ code: 'invalid-caucus-time', message, rule: CAUCUS_PRACTICE });
const wholeSeconds = (n: number | undefined, max: number): n is number => n !== undefined && Number.isInteger(n) && n >= 1 && n <= max;

/**
 * May this caucus motion be moved now? Refused in a UN session (the practice is off), with times
 * out of range, a new caucus while one runs, or an extension with none running.
 */
export function checkCaucusMotion(
  practice: Practice,
  motion: CaucusMotion,
  terms: CaucusTerms,
  running: CaucusClock | null,
): Result<CaucusTerms, CaucusError> {
  if (practice !== 'mun') {
    return err({
      code: 'practice-not-enabled',
      message: `a motion for a ${motion.replace('-', ' ')} is Model UN practice, not in the UN rules of procedure`,
      rule: CAUCUS_PRACTICE,
    });
  }
  if (motion === 'extend-caucus') {
    if (!running) return err({ code: 'no-caucus', message: 'no caucus is under way to extend', rule: CAUCUS_PRACTICE });
    if (!wholeSeconds(terms.seconds, MAX_CAUCUS_SECONDS - running.totalSeconds))
      return err(
        timeError(
          `an extension is 1 to ${MAX_CAUCUS_SECONDS - running.totalSeconds} whole seconds (a caucus lasts at most ${MAX_CAUCUS_SECONDS} s)`,
        ),
      );
    return ok({ seconds: terms.seconds });
  }
  if (running)
    return err({ code: 'caucus-running', message: `a ${running.kind} caucus is under way: end it first`, rule: CAUCUS_PRACTICE });
  if (!wholeSeconds(terms.totalSeconds, MAX_CAUCUS_SECONDS))
    return err(timeError(`a caucus lasts 1 to ${MAX_CAUCUS_SECONDS} whole seconds in all`));
  const topic = terms.topic?.trim() || undefined;
  if (motion === 'unmoderated-caucus') {
    if (terms.speakingSeconds !== undefined) return err(timeError('an unmoderated caucus has no speaking time'));
    return ok({ totalSeconds: terms.totalSeconds, ...(topic ? { topic } : {}) });
  }
  if (!wholeSeconds(terms.speakingSeconds, terms.totalSeconds))
    return err(timeError(`a moderated caucus needs a speaking time of 1 s up to its total time (${terms.totalSeconds} s)`));
  return ok({ totalSeconds: terms.totalSeconds, speakingSeconds: terms.speakingSeconds, ...(topic ? { topic } : {}) });
}

/** Rank among caucus motions: lower is decided first (convention 2 above). */
function caucusRank(kind: CaucusMotion, terms: CaucusTerms): [number, number, number] {
  if (kind === 'extend-caucus') return [0, 0, 0];
  if (kind === 'unmoderated-caucus') return [1, -(terms.totalSeconds ?? 0), 0];
  return [2, -(terms.totalSeconds ?? 0), -(terms.speakingSeconds ?? 0)];
}

/**
 * Order pending caucus motions, most disruptive first (convention 2): the extension, unmoderated
 * caucuses longest first, moderated caucuses longest total then longest speaking time first.
 */
export function compareCaucusMotions(
  a: { kind: CaucusMotion; tabledAt: number } & CaucusTerms,
  b: { kind: CaucusMotion; tabledAt: number } & CaucusTerms,
): number {
  const ra = caucusRank(a.kind, a);
  const rb = caucusRank(b.kind, b);
  return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || a.tabledAt - b.tabledAt;
}

/** Seconds left in the caucus at `nowMs` (negative once over): the one formula every screen uses. */
export function caucusRemaining(caucus: Pick<CaucusClock, 'totalSeconds' | 'startedAt'>, nowMs: number): number {
  return caucus.totalSeconds - (nowMs - Date.parse(caucus.startedAt)) / 1000;
}

/**
 * The floor in a caucus: none in an unmoderated caucus (formal debate is suspended); in a
 * moderated caucus each speaker gets the caucus's speaking time, while caucus time is left.
 */
export function caucusFloor(caucus: CaucusClock, nowMs: number, seconds?: number): Result<number, CaucusError> {
  if (caucus.kind === 'unmoderated')
    return err({ code: 'caucus-running', message: 'nobody is given the floor in an unmoderated caucus', rule: CAUCUS_PRACTICE });
  if (caucusRemaining(caucus, nowMs) < 1)
    return err({ code: 'invalid-caucus-time', message: 'the caucus time has run out: extend or end the caucus', rule: CAUCUS_PRACTICE });
  const speaking = caucus.speakingSeconds ?? 0;
  if (seconds !== undefined && seconds !== speaking)
    return err(timeError(`the moderated caucus gives each speaker ${speaking} s, as the motion carried`));
  return ok(speaking);
}

/**
 * Decide a caucus motion (convention 1): adopted when the yes votes are more than half of the
 * members present. Present: those who answered the roll when one was called (`present`), else
 * every member that cast a ballot other than absent or non-participation.
 */
export function decideCaucusMotion(input: { ballots: Readonly<Record<StateCode, Ballot>>; present?: readonly StateCode[] }): Decision {
  const values = Object.values(input.ballots);
  const count = (b: Ballot) => values.filter((v) => v === b).length;
  const tally = {
    yes: count('yes'),
    no: count('no'),
    abstain: count('abstain'),
    nonParticipation: count('non-participation'),
    absent: count('absent'),
  };
  const voting = Object.entries(input.ballots)
    .filter(([, b]) => b === 'yes' || b === 'no' || b === 'abstain')
    .map(([code]) => code);
  const base = input.present ? new Set([...input.present, ...voting]).size : voting.length;
  const required = Math.floor(base / 2) + 1;
  const adopted = base > 0 && tally.yes >= required;
  const tie = !adopted && tally.yes * 2 === base && base > 0;
  const how = input.present ? 'answered the roll or voted' : 'voted';
  return {
    outcome: adopted ? 'adopted' : 'not-adopted',
    reason: adopted ? 'threshold-met' : tie ? 'tie' : 'insufficient-votes',
    tally,
    required,
    vetoedBy: [],
    rules: [CAUCUS_PRACTICE],
    explanation:
      `${adopted ? 'Adopted' : 'Not adopted'}: ${tally.yes} in favour of the ${base} members present (who ${how}); ` +
      `a caucus motion needs a simple majority of the members present, ${required} (practice: Model UN).`,
    warnings: [],
    trace: [
      {
        rule: CAUCUS_PRACTICE,
        spec: 'practice',
        finding: `simple majority of members present: ${tally.yes} yes of ${base} present, ${required} required`,
        code: 'mun.caucusMajority',
        args: { yes: tally.yes, present: base, required, met: adopted ? 'yes' : 'no' },
      },
    ],
  };
}

/** Convention 3: once a caucus motion carries, the other pending motions lapse (they are moved again later). */
export function caucusLapsesOthers(_motion: CaucusMotion): boolean {
  return true;
}
