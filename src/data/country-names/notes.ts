/**
 * Why a name is not `confirmed`: the few entries the stored UNTERM copy does not confirm
 * as written (see unterm-snapshot.ts), shared by the language tables.
 */
export type NameCertainty = 'confirmed' | 'knowledge' | 'uncertain';

export interface NameNote {
  certainty: Exclude<NameCertainty, 'confirmed'>;
  note: string;
}

export const ARTICLE_FROM_USAGE: NameNote = {
  certainty: 'knowledge',
  note: 'The name is UNTERM’s short name; UNTERM gives it no article, the article in running text is UN usage.',
};

export const TURKIYE_2022: NameNote = {
  certainty: 'uncertain',
  note: 'Matches UNTERM before June 2022; the UN has written Türkiye since then, and whether this language changed too is not confirmed by a stored source.',
};

export const NETHERLANDS_2022: NameNote = {
  certainty: 'uncertain',
  note: '“Netherlands (Kingdom of the)” since 2022–23; the stored UNTERM copy predates the change (the Netherlands), so this form is not confirmed.',
};

const DISSOLVED_NOTE: NameNote = {
  certainty: 'knowledge',
  note: 'Dissolved State: not in the stored UNTERM copy; the name as UN documents of the time wrote it.',
};

export const DISSOLVED: Readonly<Record<string, NameNote>> = {
  SUN: DISSOLVED_NOTE,
  YUG: DISSOLVED_NOTE,
  CSK: DISSOLVED_NOTE,
  YMD: DISSOLVED_NOTE,
  DDR: DISSOLVED_NOTE,
};
