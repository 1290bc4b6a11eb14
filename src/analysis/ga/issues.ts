/**
 * The six issue codes of the Voeten–Strezhnev–Bailey data (un_roll_call_issues), under
 * the names the CLI accepts. Each roll call may carry several; we keep them as a bitmask.
 */
export const ISSUES = {
  'human-rights': { bit: 1, label: 'Human rights', short: 'hr' },
  nuclear: { bit: 2, label: 'Nuclear weapons and nuclear material', short: 'nu' },
  'arms-control': { bit: 4, label: 'Arms control and disarmament', short: 'di' },
  colonialism: { bit: 8, label: 'Colonialism', short: 'co' },
  palestine: { bit: 16, label: 'Palestinian conflict', short: 'me' },
  'economic-development': { bit: 32, label: 'Economic development', short: 'ec' },
} as const;

export type IssueKey = keyof typeof ISSUES;
export const ISSUE_KEYS = Object.keys(ISSUES) as IssueKey[];

export function isIssueKey(value: string): value is IssueKey {
  return Object.hasOwn(ISSUES, value);
}

/** The issue named by the dataset's label ("Human rights") or short code ("hr"). */
export function issueFromDataset(label: string, short?: string): IssueKey | undefined {
  const l = label.trim().toLowerCase();
  const s = short?.trim().toLowerCase();
  return ISSUE_KEYS.find((k) => ISSUES[k].label.toLowerCase() === l || (s !== undefined && ISSUES[k].short === s && !l));
}

export function issuesOfMask(mask: number): IssueKey[] {
  return ISSUE_KEYS.filter((k) => (mask & ISSUES[k].bit) !== 0);
}
