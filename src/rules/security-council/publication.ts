/**
 * What a meeting makes public, by format (spec R40-R43). A public meeting is public and
 * leaves a verbatim record (Rule 48, first sentence; Rule 49). A private meeting is seen by
 * its participants only and publishes a communiqué at its close in place of a record
 * (Rules 48, 55; spec R41). Consultations are closed and leave no record (spec R42). An
 * Arria-formula meeting is not a Council meeting; it is treated as open (spec R43).
 */
import { formatRules, type MeetingFormat } from './formats.js';

export interface Publication {
  /** Only participants (the President and the member delegations) may follow the proceedings. */
  participantsOnly: boolean;
  /** What the public may read once the meeting has closed: the communiqué, or nothing. */
  afterClose: 'communique' | null;
  rules: string[];
}

/** Rule 48, Rule 55, spec R41, R42: who may follow a meeting, and what it publishes. */
export function publication(format: MeetingFormat): Publication {
  switch (format) {
    case 'private':
      return {
        participantsOnly: true,
        afterClose: formatRules('private').record === 'communique' ? 'communique' : null,
        rules: ['Rule 48', 'Rule 55', 'spec R41'],
      };
    case 'consultations':
      return { participantsOnly: true, afterClose: null, rules: ['spec R42'] };
    case 'public':
      return { participantsOnly: false, afterClose: null, rules: ['Rule 48', 'spec R40'] };
    case 'arria':
      return { participantsOnly: false, afterClose: null, rules: ['spec R43'] };
  }
}

/** Rule 55: the communiqué is issued at the close of the meeting, not before. */
export function publishedToPublic(format: MeetingFormat, phase: string): 'communique' | null {
  const p = publication(format);
  return p.participantsOnly && p.afterClose === 'communique' && phase === 'closed' ? 'communique' : null;
}
