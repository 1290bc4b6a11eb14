/**
 * The presidency rotates monthly in the English alphabetical order of member names
 * (Rule 18; spec R5), and the rotation carries across the year boundary from the
 * December president's name, even when that member has just left (spec R6).
 */

/** A member as Rule 18 sees it: its UN English short name decides the order. */
export interface RotationMember {
  code: string;
  /** The UN English short name in use at the time, e.g. "United States of America". */
  sortName: string;
}

// Keys by name, computed once each: the presidency table sorts a few hundred names about a
// hundred thousand times, and normalising dominated `council president`'s start-up.
const sortKeys = new Map<string, string>();

/**
 * Rule 18 sort key (spec R5): diacritics removed, case folded, a trailing parenthetical
 * dropped ("Netherlands (Kingdom of the)" sorts as "Netherlands"), then compared
 * character by character, spaces and punctuation included.
 */
export function rule18SortKey(name: string): string {
  let key = sortKeys.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/\s*\([^)]*\)\s*$/u, '')
      .toLowerCase();
    sortKeys.set(name, key);
  }
  return key;
}

export function compareRule18(a: string, b: string): number {
  const ka = rule18SortKey(a);
  const kb = rule18SortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Members in Rule 18 order. */
function rule18Order<M extends RotationMember>(members: readonly M[]): M[] {
  return [...members].sort((a, b) => compareRule18(a.sortName, b.sortName));
}

/**
 * The next president after `previousName` (spec R5 `successor`, R6 across years): the
 * first member whose key sorts after the previous president's, wrapping to the first.
 * `previousName` need not belong to `members` (a December president who has left).
 * Returns undefined only for an empty membership.
 */
export function nextPresident<M extends RotationMember>(previousName: string, members: readonly M[]): M | undefined {
  const ordered = rule18Order(members);
  const key = rule18SortKey(previousName);
  return ordered.find((m) => rule18SortKey(m.sortName) > key) ?? ordered[0];
}
