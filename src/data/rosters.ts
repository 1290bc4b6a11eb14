/** One entry point for every body's membership on a date (issue 9): the API, the CLI and sessions use it. */
import type { Result, RuleError } from '../rules/result.js';
import { councilRosterOn } from './composition.js';
import { gaRosterOn } from './general-assembly.js';
import { hrcRosterOn } from './human-rights-council.js';
import type { BodyKind, Roster } from './roster.js';

export function rosterOn(body: BodyKind, date: string): Result<Roster, RuleError> {
  switch (body) {
    case 'security-council':
      return councilRosterOn(date);
    case 'general-assembly':
    case 'ga-main-committee':
      return gaRosterOn(date, body);
    case 'human-rights-council':
      return hrcRosterOn(date);
  }
}
