/** Wording helpers for records: dates, ordinals and name lists as UN records print them. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "22 December 2014". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "Monday, 22 December 2014". */
export function dayAndDate(iso: string): string {
  const day = DAYS[new Date(iso + 'T12:00:00Z').getUTCDay()];
  return `${day}, ${longDate(iso)}`;
}

/** "7353rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const UNIT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export const numberWord = (n: number): string => (n >= 0 && n < 10 ? UNIT_WORDS[n] || 'zero' : String(n));

/** "A", "A and B", "A, B and C". */
export function joinList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "15:08" -> "3.08 p.m." (UN records style). */
export function clock(time: string): string {
  const [h, m] = time.split(':').map(Number);
  const hour = (((h ?? 0) + 11) % 12) + 1;
  return `${hour}.${String(m ?? 0).padStart(2, '0')} ${(h ?? 0) < 12 ? 'a.m.' : 'p.m.'}`;
}
