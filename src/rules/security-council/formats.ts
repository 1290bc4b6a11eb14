import { err, ok, type Result, type RuleError } from '../result.js';

/** Council meeting formats (spec R40-R44; Note S/2017/507 labels for public meetings). */
export type MeetingFormat =
  | 'public-open-debate' | 'public-debate' | 'public-briefing' | 'public-adoption'
  | 'private' | 'consultations' | 'arria' | 'informal-interactive-dialogue' | 'videoconference';

export const MEETING_FORMATS: readonly MeetingFormat[] = [
  'public-open-debate', 'public-debate', 'public-briefing', 'public-adoption',
  'private', 'consultations', 'arria', 'informal-interactive-dialogue', 'videoconference',
];

export interface FormatRules {
  /** A numbered meeting of the Council under the Charter and the rules. */
  formal: boolean;
  canVote: boolean;
  adoptsAgenda: boolean;
  /** Public: verbatim S/PV (Rule 49); private: communiqué (Rule 55); informal: none. */
  record: 'verbatim' | 'communique' | null;
  updatesSummaryStatement: boolean;
  /** Counts as a meeting for the Rule 1 fourteen-day interval. */
  countsForRule1: boolean;
  rules: string[];
}

const FORMAL_PUBLIC: FormatRules = { formal: true, canVote: true, adoptsAgenda: true, record: 'verbatim', updatesSummaryStatement: true, countsForRule1: true, rules: ['Rule 48', 'Rule 49', 'spec R40'] };
const INFORMAL: FormatRules = { formal: false, canVote: false, adoptsAgenda: false, record: null, updatesSummaryStatement: false, countsForRule1: false, rules: ['spec R42'] };

/**
 * What a format allows (spec R40-R44): formal meetings (public, or private with a Rule 55
 * communiqué in place of a verbatim record) vote, adopt agendas and update the Summary
 * Statement; consultations, Arria meetings, informal dialogues and the 2020 VTCs do none of it.
 */
export function formatRules(format: MeetingFormat): FormatRules {
  switch (format) {
    case 'public-open-debate':
    case 'public-debate':
    case 'public-briefing':
    case 'public-adoption':
      return FORMAL_PUBLIC;
    case 'private':
      return { ...FORMAL_PUBLIC, record: 'communique', rules: ['Rule 48', 'Rule 55', 'spec R41'] };
    case 'consultations':
      return INFORMAL;
    case 'arria':
      return { ...INFORMAL, rules: ['spec R43'] };
    case 'informal-interactive-dialogue':
    case 'videoconference':
      return { ...INFORMAL, rules: ['spec R44'] };
  }
}

/** Procedural votes exist only in formal meetings (spec R13, R42; T39). */
export function checkVotingAllowed(format: MeetingFormat): Result<true, RuleError> {
  if (formatRules(format).canVote) return ok(true);
  return err({
    code: 'no-voting-in-informal-format',
    message: `no vote can be taken in ${format === 'arria' ? 'an Arria-formula meeting' : format.replace(/-/g, ' ')}: it is not a formal meeting of the Council`,
    rule: 'spec R42',
  });
}

/**
 * Rule 48, second sentence (spec R34, R41; T36): a recommendation on the appointment of the
 * Secretary-General is discussed and decided in a private meeting.
 */
export function checkFormatForQuestion(format: MeetingFormat, question: 'recommend-secretary-general' | 'other'): Result<true, RuleError> {
  const voting = checkVotingAllowed(format);
  if (!voting.ok) return voting;
  if (question === 'recommend-secretary-general' && format !== 'private') {
    return err({ code: 'rule48-private-required', message: 'the recommendation of a Secretary-General must be decided in a private meeting', rule: 'Rule 48' });
  }
  return ok(true);
}
