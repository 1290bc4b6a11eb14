import { err, ok, type Result, type RuleError } from '../result.js';

/** What this module refuses: a closed list of stable codes (its own and those of the rules it applies). */
export const FORMAT_ERRORS = ['no-voting-in-informal-format'] as const;
export type FormatError = RuleError<(typeof FORMAT_ERRORS)[number]>;

/**
 * The formats a Council meeting is held in, as sessions run them (spec R40-R43): formal
 * public or private meetings, informal consultations and Arria-formula meetings.
 */
export const MEETING_FORMATS = ['public', 'private', 'consultations', 'arria'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** Finer labels of public meetings (Note S/2017/507) and the other informal formats (spec R44). */
export const FORMAT_LABELS = [
  'public-open-debate',
  'public-debate',
  'public-briefing',
  'public-adoption',
  'informal-interactive-dialogue',
  'videoconference',
] as const;
/** Any format the rules judge: a session's format or a finer label. */
export type CouncilFormat = MeetingFormat | (typeof FORMAT_LABELS)[number];

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

const FORMAL_PUBLIC: FormatRules = {
  formal: true,
  canVote: true,
  adoptsAgenda: true,
  record: 'verbatim',
  updatesSummaryStatement: true,
  countsForRule1: true,
  rules: ['Rule 48', 'Rule 49', 'spec R40'],
};
const INFORMAL: FormatRules = {
  formal: false,
  canVote: false,
  adoptsAgenda: false,
  record: null,
  updatesSummaryStatement: false,
  countsForRule1: false,
  rules: ['spec R42'],
};

/**
 * What a format allows (spec R40-R44): formal meetings (public, or private with a Rule 55
 * communiqué in place of a verbatim record) vote, adopt agendas and update the Summary
 * Statement; consultations, Arria meetings, informal dialogues and the 2020 VTCs do none of it.
 */
export function formatRules(format: CouncilFormat): FormatRules {
  switch (format) {
    case 'public':
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
export function checkVotingAllowed(format: CouncilFormat): Result<true, FormatError> {
  if (formatRules(format).canVote) return ok(true);
  return err({
    code: 'no-voting-in-informal-format',
    message: `no vote can be taken in ${format === 'arria' ? 'an Arria-formula meeting' : format.replace(/-/g, ' ')}: it is not a formal meeting of the Council`,
    rule: 'spec R42',
  });
}
