import type { ScMatter } from '../types.js';

/** Kinds of Council question with a settled class (spec R19 table). */
export type QuestionCategory =
  | 'adopt-agenda' | 'include-item' | 'order-of-items' | 'defer-item'
  | 'delete-summary-statement-item'
  | 'presidential-ruling'
  | 'rule33-motion'
  | 'invitation'
  | 'conduct-of-business' | 'meeting-format' | 'meeting-away-from-headquarters'
  | 'convene-emergency-special-session' | 'convene-special-session'
  | 'annual-report' | 'art12-notification-consent'
  | 'postpone-membership-application'
  | 'peace-and-security-resolution'
  | 'recommend-admission'
  | 'recommend-secretary-general'
  | 'establish-operational-subsidiary-organ'
  | 'amendment-to-non-procedural-draft'
  | 'icj-election';

export interface Classified {
  matter: ScMatter;
  basis: string;
  /** Practice rather than written rule: a default the caller may override (spec R24 route). */
  practice: boolean;
}

const P = (basis: string): Classified => ({ matter: 'procedural', basis, practice: false });
const N = (basis: string, practice = false): Classified => ({ matter: 'non-procedural', basis, practice });

const TABLE: Readonly<Record<QuestionCategory, Classified>> = {
  'adopt-agenda': P('Rule 9; Repertoire'),
  'include-item': P('Repertoire'),
  'order-of-items': P('Repertoire'),
  'defer-item': P('Repertoire'),
  'delete-summary-statement-item': P('Repertoire'),
  'presidential-ruling': P('Rule 30; Repertoire'),
  'rule33-motion': P('Rule 33; Repertoire'),
  invitation: P('Rules 37, 39; Charter Art. 31; Repertoire'),
  'conduct-of-business': P('Repertoire; GA res 267 (III)'),
  'meeting-format': P('Repertoire; GA res 267 (III)'),
  'meeting-away-from-headquarters': P('Charter Art. 28(3); GA res 267 (III)'),
  'convene-emergency-special-session': P('GA res 377 A (V); Repertoire'),
  'convene-special-session': P('Charter Art. 20; Repertoire'),
  'annual-report': P('GA res 267 (III)'),
  'art12-notification-consent': P('GA res 267 (III)'),
  'postpone-membership-application': P('GA res 267 (III)'),
  'peace-and-security-resolution': N('Charter Art. 27(3); Repertoire'),
  'recommend-admission': N('Charter Art. 4(2); Repertoire'),
  'recommend-secretary-general': N('Charter Art. 97; Repertoire'),
  'establish-operational-subsidiary-organ': N('modern practice (S&D ch. 6 s. 4), though Art. 29 and GA res 267 (III) point the other way', true),
  'amendment-to-non-procedural-draft': N('follows the text it amends (spec R31)', true),
  'icj-election': { matter: 'icj-election', basis: 'ICJ Statute Art. 10', practice: false },
};

/**
 * Default class of a question (Charter Art. 27(2)-(3); spec R19). The class belongs to the
 * question, not the document: a resolution calling an emergency special session is procedural.
 */
export function classifyQuestion(category: QuestionCategory): Classified {
  return TABLE[category];
}

export const QUESTION_CATEGORIES = Object.keys(TABLE) as QuestionCategory[];
