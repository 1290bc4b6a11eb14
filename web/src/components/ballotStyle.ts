/**
 * How a ballot looks: a colour, a glyph and a word, so nobody depends on colour alone
 * (WCAG 1.4.1). Colours keep white text above 4.5:1 contrast.
 */
import type { BallotValue } from '../api/types.js';
import type { MessageKey } from '../i18n/types.js';

export interface BallotLook {
  fill: string;
  ink: string;
  glyph: string;
  word: MessageKey;
  className: string;
  /** Drawn with a dashed rim: nobody is (yet) in that seat's column. */
  dashed?: boolean;
}

export const BALLOT_LOOK: Record<BallotValue | 'pending', BallotLook> = {
  yes: { fill: '#1a6b35', ink: '#ffffff', glyph: '✓', word: 'ballot.yes', className: 'b-yes' },
  no: { fill: '#a4201b', ink: '#ffffff', glyph: '✗', word: 'ballot.no', className: 'b-no' },
  abstain: { fill: '#7a4f00', ink: '#ffffff', glyph: '–', word: 'ballot.abstain', className: 'b-abstain' },
  'non-participation': { fill: '#4a4a55', ink: '#ffffff', glyph: '⊘', word: 'ballot.nonParticipation', className: 'b-np' },
  absent: { fill: '#ffffff', ink: '#333333', glyph: '·', word: 'ballot.absent', className: 'b-absent', dashed: true },
  pending: { fill: '#ffffff', ink: '#333333', glyph: '…', word: 'ballot.pending', className: 'b-pending', dashed: true },
};

/** Webcast consent for an Arria-formula meeting (spec R43), drawn on the same table. */
export const CONSENT_LOOK: Record<'consent' | 'object' | 'pending', BallotLook> = {
  consent: { fill: '#1a6b35', ink: '#ffffff', glyph: '✓', word: 'webcast.consents', className: 'b-yes' },
  object: { fill: '#a4201b', ink: '#ffffff', glyph: '✗', word: 'webcast.objects', className: 'b-no' },
  pending: { fill: '#ffffff', ink: '#333333', glyph: '…', word: 'ballot.pending', className: 'b-pending', dashed: true },
};

export function ballotLooks(ballots: Readonly<Record<string, BallotValue>>): Record<string, BallotLook> {
  return Object.fromEntries(Object.entries(ballots).map(([code, ballot]) => [code, BALLOT_LOOK[ballot]]));
}
