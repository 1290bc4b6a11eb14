/**
 * A meeting request's letter as a document (spec R49): a letter circulated "as a document
 * of the General Assembly, under agenda item X, and of the Security Council" is issued once
 * under a joint symbol (A/69/NNN–S/2014/NNN) and is a record of both organs; otherwise it
 * is a Security Council document only.
 */
import type { Letter } from '../sessions/events.js';
import { formatJointSymbol, parseJointSymbol } from './symbols/index.js';

export interface LetterDocument {
  /** The symbol as printed: joint ("A/69/623–S/2014/872") or the SC symbol alone. */
  symbol: string;
  /** Readable, with the GA agenda items: "A/69/623–S/2014/872 (GA agenda item 68)". */
  display: string;
  organs: ('General Assembly' | 'Security Council')[];
  gaAgendaItems: number[];
  date?: string;
}

export function letterDocument(letter: Letter): LetterDocument {
  const items = letter.gaAgendaItems ?? [];
  if (letter.gaSymbol) {
    const joint = parseJointSymbol(`${letter.gaSymbol}\u2013${letter.symbol}`, items);
    if (joint.ok) {
      return {
        symbol: joint.value.symbol,
        display: formatJointSymbol(joint.value),
        organs: ['General Assembly', 'Security Council'],
        gaAgendaItems: joint.value.gaAgendaItems,
        ...(letter.date ? { date: letter.date } : {}),
      };
    }
  }
  // Without a well-formed GA half the letter is what its SC symbol says it is.
  return {
    symbol: letter.symbol,
    display: letter.symbol,
    organs: ['Security Council'],
    gaAgendaItems: [],
    ...(letter.date ? { date: letter.date } : {}),
  };
}
