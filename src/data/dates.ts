/**
 * Validating the dates and months the data API accepts. Malformed input and dates
 * outside the data set are typed errors, never exceptions.
 */
import { err, ok, type Result, type RuleError } from '../rules/result.js';
import { FIRST_DAY, LAST_DAY } from './council-seats.js';

// Plain patterns rather than zod schemas: `council members` and `president` start without
// loading zod at all (issue 8), and a typeof check plus one regex is the whole schema.
const isoDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v);
const isoMonth = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}$/u.test(v);

/** True when y-m-d names a real calendar day. */
function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Checks "YYYY-MM-DD" and the covered range 1946-01-17..LAST_DAY. */
export function checkDate(date: unknown): Result<string, RuleError> {
  if (!isoDate(date)) return err({ code: 'MALFORMED_DATE', message: `expected a date as YYYY-MM-DD, got ${JSON.stringify(date)}` });
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!realDay(y, m, d)) return err({ code: 'MALFORMED_DATE', message: `${date} is not a calendar date` });
  if (date < FIRST_DAY) {
    return err({
      code: 'BEFORE_FIRST_MEETING',
      message: `${date} is before the Council's first meeting on ${FIRST_DAY}`,
      rule: 'Charter Art. 23; S/PV.1',
    });
  }
  if (date > LAST_DAY) {
    return err({ code: 'NO_DATA', message: `${date} is after ${LAST_DAY}, the last day this data covers` });
  }
  return ok(date);
}

/** Checks "YYYY-MM" and the covered range 1946-01..LAST_DAY. */
export function checkMonth(month: unknown): Result<string, RuleError> {
  if (!isoMonth(month)) return err({ code: 'MALFORMED_MONTH', message: `expected a month as YYYY-MM, got ${JSON.stringify(month)}` });
  const m = Number(month.slice(5));
  if (m < 1 || m > 12) return err({ code: 'MALFORMED_MONTH', message: `${month} is not a calendar month` });
  if (month < FIRST_DAY.slice(0, 7)) {
    return err({
      code: 'BEFORE_FIRST_MEETING',
      message: `${month} is before the Council's first meeting on ${FIRST_DAY}`,
      rule: 'Charter Art. 23; S/PV.1',
    });
  }
  if (month > LAST_DAY.slice(0, 7)) {
    return err({ code: 'NO_DATA', message: `${month} is after ${LAST_DAY.slice(0, 7)}, the last month this data covers` });
  }
  return ok(month);
}

/** Every month "YYYY-MM" from `first` to `last` inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  for (;;) {
    const s = `${y}-${String(m).padStart(2, '0')}`;
    if (s > last) return out;
    out.push(s);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
}

/** Last calendar day of a month "YYYY-MM". */
export function lastDayOf(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, '0')}`;
}
