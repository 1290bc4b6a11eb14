import type { IsoDate } from '../types.js';
import { formatRules, type CouncilFormat } from './formats.js';

/** One matter of which the Council is seized (Rule 11; spec R15). */
export interface SeizedItem {
  title: string;
  firstConsidered: IsoDate;
  lastFormalConsideration: IsoDate;
}

/** The Summary Statement, keyed by item title. Treated as immutable. */
export type SummaryStatement = Readonly<Record<string, SeizedItem>>;

export interface AdoptedAgenda {
  date: IsoDate;
  format: CouncilFormat;
  /** Top-level items adopted. A sub-item (e.g. a letter under a general item) names its parent. */
  items: readonly { title: string; subItemOf?: string }[];
}

/**
 * Rule 11 and S/2017/507 para. 14 (spec R15; T1, T29): once adopted as an agenda item at a
 * formal meeting, an item is on the Summary Statement; each such meeting updates its last
 * formal consideration. A sub-item updates its general item and adds nothing. Informal
 * formats change nothing.
 */
export function recordAgendaAdoption(statement: SummaryStatement, agenda: AdoptedAgenda): SummaryStatement {
  if (!formatRules(agenda.format).updatesSummaryStatement) return statement;
  const next: Record<string, SeizedItem> = { ...statement };
  for (const item of agenda.items) {
    const title = item.subItemOf ?? item.title;
    const existing = next[title];
    next[title] = existing
      ? {
          ...existing,
          // ISO dates compare as strings (Math.max would turn them into NaN).
          lastFormalConsideration: agenda.date > existing.lastFormalConsideration ? agenda.date : existing.lastFormalConsideration,
        }
      : { title, firstConsidered: agenda.date, lastFormalConsideration: agenda.date };
  }
  return next;
}
