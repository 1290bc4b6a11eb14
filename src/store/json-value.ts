/**
 * Events are stored as JSON text, so event data must survive JSON.stringify/JSON.parse
 * unchanged: anything JSON would silently drop or alter (undefined, NaN, a Date, a Map,
 * a class instance, a sparse array) is refused before writing instead of being replayed
 * differently from what was appended. The one alteration accepted is -0, which JSON
 * writes (and so the store replays) as 0.
 */

const MAX_DEPTH = 512;

/** Why a value is not JSON, and the path to it, innermost step first (joined only on failure). */
interface Problem {
  reason: string;
  steps: string[];
}

/** Where `value` stops being plain JSON and why, e.g. "$.votes[2]: undefined is not JSON"; null when it is plain JSON. */
export function findNonJson(value: unknown): string | null {
  const problem = check(value, new Set<object>(), 0);
  return problem === null ? null : `$${problem.steps.reverse().join('')}: ${problem.reason}`;
}

/** Every append checks its data here, so the walk builds no path strings unless it fails. */
function check(value: unknown, ancestors: Set<object>, depth: number): Problem | null {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : { reason: `${value} is not a JSON number`, steps: [] };
    case 'object':
      break;
    default:
      return { reason: `${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`} is not JSON`, steps: [] };
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) return { reason: `nested deeper than ${MAX_DEPTH} levels`, steps: [] };
  if (ancestors.has(value)) return { reason: 'a circular reference is not JSON', steps: [] };
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) return { reason: 'a sparse array hole is not JSON', steps: [`[${i}]`] };
        const problem = check(value[i], ancestors, depth + 1);
        if (problem) return within(problem, `[${i}]`);
      }
      return null;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      return { reason: `a ${kind} is not plain JSON (use a plain object, array, string or number)`, steps: [] };
    }
    if (Object.getOwnPropertySymbols(value).length > 0) return { reason: 'symbol keys are not JSON', steps: [] };
    for (const key of Object.keys(value)) {
      const problem = check((value as Record<string, unknown>)[key], ancestors, depth + 1);
      if (problem) return within(problem, `.${key}`);
    }
    return null;
  } finally {
    ancestors.delete(value);
  }
}

function within(problem: Problem, step: string): Problem {
  problem.steps.push(step);
  return problem;
}
