import type { IsoDate } from '../types.js';
import { formatRules, type MeetingFormat } from './formats.js';

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
  format: MeetingFormat;
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
      ? { ...existing, lastFormalConsideration: agenda.date > existing.lastFormalConsideration ? agenda.date : existing.lastFormalConsideration }
      : { title, firstConsidered: agenda.date, lastFormalConsideration: agenda.date };
  }
  return next;
}

export interface AnnualReview {
  /** Listed in the first Statement of the year as liable to deletion. */
  liable: string[];
  /** Kept for one more year at a Member State's written request. */
  retained: string[];
  /** Deleted in the early-March addendum. */
  deleted: string[];
  statement: SummaryStatement;
}

/**
 * The January review (S/2017/507, continuing S/2010/507; spec R16; T28): items not
 * considered at a formal meeting in the three calendar years before `year` are liable to
 * deletion; any Member State's written request received by the end of February keeps an item
 * for one more year (it is reviewed again next January); the rest are deleted.
 * The three-calendar-year boundary is the spec's reading (Q3).
 */
export function annualReview(
  statement: SummaryStatement,
  year: number,
  retentionRequests: readonly { title: string; receivedOn: IsoDate }[],
): AnnualReview {
  const cutoff = `${year - 3}-01-01`;
  const windowStart = `${year}-01-01`;
  const windowEnd = `${year}-02-29`; // string comparison: "-02-29" also covers 28 Feb in common years
  const requested = new Set(
    retentionRequests.filter((r) => r.receivedOn >= windowStart && r.receivedOn <= windowEnd).map((r) => r.title),
  );
  const liable = Object.values(statement).filter((i) => i.lastFormalConsideration < cutoff).map((i) => i.title).sort();
  const retained = liable.filter((t) => requested.has(t));
  const deleted = liable.filter((t) => !requested.has(t));
  const next: Record<string, SeizedItem> = { ...statement };
  for (const t of deleted) delete next[t];
  return { liable, retained, deleted, statement: next };
}
