/**
 * Events are stored as JSON text, so event data must survive JSON.stringify/JSON.parse
 * unchanged: anything JSON would silently drop or alter (undefined, NaN, a Date, a Map,
 * a class instance, a sparse array) is refused before writing instead of being replayed
 * differently from what was appended. The one alteration accepted is -0, which JSON
 * writes (and so the store replays) as 0.
 */

const MAX_DEPTH = 512;

/** Where `value` stops being plain JSON and why, e.g. "$.votes[2]: undefined is not JSON"; null when it is plain JSON. */
export function findNonJson(value: unknown): string | null {
  return check(value, '$', new Set<object>(), 0);
}

function check(value: unknown, path: string, ancestors: Set<object>, depth: number): string | null {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : `${path}: ${value} is not a JSON number`;
    case 'object':
      break;
    default:
      return `${path}: ${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`} is not JSON`;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) return `${path}: nested deeper than ${MAX_DEPTH} levels`;
  if (ancestors.has(value)) return `${path}: a circular reference is not JSON`;
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) return `${path}[${i}]: a sparse array hole is not JSON`;
        const problem = check(value[i], `${path}[${i}]`, ancestors, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      return `${path}: a ${kind} is not plain JSON (use a plain object, array, string or number)`;
    }
    if (Object.getOwnPropertySymbols(value).length > 0) return `${path}: symbol keys are not JSON`;
    for (const key of Object.keys(value)) {
      const problem = check((value as Record<string, unknown>)[key], `${path}.${key}`, ancestors, depth + 1);
      if (problem) return problem;
    }
    return null;
  } finally {
    ancestors.delete(value);
  }
}
