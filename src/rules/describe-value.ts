/**
 * Show an untrusted input value in an error message. String(x) itself can throw (an object
 * whose toString is not a function), and a refusal must never become an exception.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    // cycles, BigInt: fall through to the type
  }
  return `a ${typeof value}`;
}
