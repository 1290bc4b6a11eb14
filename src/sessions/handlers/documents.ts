/**
 * Documents in a live session (spec R46-R50): a delegation submits a letter and asks for its
 * circulation; the chair, acting as the Secretariat, issues it (or a tabled draft) under the
 * next symbol in each series, and may set where a series starts. Which symbol comes next is
 * the numbering rule's (src/records/symbols/numbering.ts); these handlers only ask it.
 */
import {
  checkCounter,
  circulationSeries,
  gaRegularSession,
  modifiedSymbol,
  nextSymbol,
  parseSeries,
  type CirculationRequest,
  type Series,
} from '../../records/symbols/numbering.js';
import { commandError, type CommandError } from '../../protocol/errors.js';
import type { CommandOf } from '../../protocol/commands.js';
import { err, ok, type Result } from '../../rules/result.js';
import { event, type DocumentAgendaItem, type IssuedOrgan } from '../events.js';
import { issuedSymbols, isMember, type SessionState } from '../state.js';
import { actingState, clean, emit, refuse, refusedByRule, requireChair, stamp, type Handler, type Outcome } from './shared.js';

/** The date a document is issued on when the chair gives none: the meeting's. */
const meetingDate = (state: SessionState): string => state.scheduledDate ?? state.session!.date;

/** A member, or a state the meeting invited (Rule 37), writes to the Secretary-General or the President. */
function participates(state: SessionState, code: string): boolean {
  return isMember(state, code) || state.invitations.some((i) => i.invitee === code && i.status === 'invited');
}

export const submitCommunication: Handler<'submit-communication'> = (state, c) => {
  const me = actingState(c);
  if (me === null) return refuse('not-your-ballot', 'only a delegation submits a communication, in its own name', 'spec R49');
  if (!participates(state, me)) {
    return refuse(
      'not-a-participant',
      `${me} neither sits in nor was invited to this meeting, so it cannot circulate a letter here`,
      'Rule 37',
    );
  }
  if (state.documents.communications.some((x) => x.communicationId === c.communicationId)) {
    return refuse('communication-exists', `a communication with id ${c.communicationId} was already submitted`);
  }
  const date = c.date ?? meetingDate(state);
  const assembly = c.circulation.assembly;
  return emit(
    event(
      'communication-submitted.v1',
      clean({
        ...stamp(c),
        communicationId: c.communicationId,
        from: me,
        kind: c.kind,
        addressee: c.addressee,
        title: c.title,
        paragraphs: c.paragraphs,
        annexes: c.annexes.map((a) => clean({ title: a.title, paragraphs: a.paragraphs })),
        signature: c.signature,
        circulation: clean({
          council: c.circulation.council,
          assembly: assembly ? { session: assembly.session ?? gaRegularSession(date), agendaItems: assembly.agendaItems } : undefined,
        }),
        original: c.original,
        date: c.date,
        seq: state.documents.communications.length + 1,
      }),
    ),
  );
};

function organFor(series: Series, symbol: string, agendaItems: DocumentAgendaItem[]): IssuedOrgan {
  if (series.organ === 'S') return { organ: 'security-council', year: series.year, symbol };
  return clean({ organ: 'general-assembly' as const, session: series.session, committee: series.committee, agendaItems, symbol });
}

export const setSymbolCounter: Handler<'set-symbol-counter'> = (state, c) => {
  const denied = requireChair(c, 'number documents: the Secretariat issues them', 'spec R46');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  const series = parseSeries(c.series);
  if (!series.ok) return refusedByRule(series.error);
  const checked = checkCounter(series.value, c.next, issuedSymbols(state));
  if (!checked.ok) return refusedByRule(checked.error);
  return emit(event('symbol-counter-set.v1', { ...stamp(c), series: checked.value.series, next: checked.value.next }));
};

type IssueOf = CommandOf<'issue-document'>['of'];

/** What is being issued: its default series, the agenda items it names, and whether it was issued already. */
interface Subject {
  issued: boolean;
  circulation: CirculationRequest | null;
  agendaItems: DocumentAgendaItem[];
}
function subjectOf(state: SessionState, of: IssueOf): Result<Subject, CommandError> {
  if (of.kind === 'communication') {
    const found = state.documents.communications.find((x) => x.communicationId === of.communicationId);
    if (!found) return err(commandError('unknown-communication', `no communication ${of.communicationId} was submitted`));
    return ok({
      issued: found.issuedAs !== null,
      circulation: found.circulation,
      agendaItems: found.circulation.assembly?.agendaItems ?? [],
    });
  }
  const draft = state.drafts.find((d) => d.draftId === of.draftId);
  if (!draft) return err(commandError('unknown-draft', `no text ${of.draftId} was tabled`));
  // A draft is issued again only as its Rev./Add./Corr. (R46), which `modifies` handles.
  const issued = state.documents.issued.some((d) => d.of.kind === 'draft' && d.of.draftId === of.draftId);
  return ok({ issued, circulation: null, agendaItems: [] });
}

export const issueDocument: Handler<'issue-document'> = (state, c): Outcome => {
  const denied = requireChair(c, 'issue documents: the Secretariat issues them at the request of the writer', 'spec R49');
  if (denied) return refuse(denied.code, denied.message, denied.rule);
  if (state.documents.issued.some((d) => d.documentId === c.documentId))
    return refuse('document-exists', `a document with id ${c.documentId} was already issued`);
  const found = subjectOf(state, c.of);
  if (!found.ok) return refuse(found.error.code, found.error.message);
  const subject = found.value;
  const date = c.date ?? meetingDate(state);
  const issued = issuedSymbols(state);
  const common = { ...stamp(c), documentId: c.documentId, of: c.of, date, original: c.original, seq: state.documents.issued.length + 1 };

  if (c.modifies) {
    // A Rev./Add./Corr. carries each of the original's symbols on (R46): A/69/624/Corr.1–S/2014/873/Corr.1.
    const base = state.documents.issued.find((d) => d.documentId === c.modifies!.documentId);
    if (!base) return refuse('unknown-document', `no document ${c.modifies.documentId} was issued`);
    const organs: IssuedOrgan[] = [];
    for (const o of base.organs) {
      const symbol = modifiedSymbol(o.symbol, c.modifies.modifier, issued);
      if (!symbol.ok) return refusedByRule(symbol.error);
      organs.push({ ...o, symbol: symbol.value });
    }
    return emit(
      event('document-issued.v1', {
        ...common,
        organs,
        numbered: [],
        modifies: c.modifies,
        distribution: c.distribution ?? base.distribution,
      }),
    );
  }

  if (subject.issued)
    return refuse('already-issued', `this ${c.of.kind} was issued already: a new version is its Rev., Add. or Corr.`, 'spec R46');
  let series: Series[];
  if (c.series) {
    series = [];
    for (const key of c.series) {
      const parsed = parseSeries(key);
      if (!parsed.ok) return refusedByRule(parsed.error);
      series.push(parsed.value);
    }
  } else if (subject.circulation) {
    series = circulationSeries(subject.circulation, date);
  } else {
    return refuse('invalid-command', 'name the series a draft is issued in ("S/2017", "A/C.3/69/L")');
  }
  const organsSeen = new Set(series.map((s) => s.organ));
  if (organsSeen.size !== series.length)
    return refuse('invalid-command', 'one series per organ: a joint document has one A/ and one S/ symbol', 'spec R49');
  // The joint symbol prints the Assembly's first (A/69/624–S/2014/873).
  series.sort((a, b) => a.organ.localeCompare(b.organ));
  const agendaItems = c.agendaItems ?? subject.agendaItems;
  const organs: IssuedOrgan[] = [];
  const numbered: { series: string; n: number }[] = [];
  for (const s of series) {
    const next = nextSymbol(s, state.documents.counters, issued);
    if (!next.ok) return refusedByRule(next.error);
    organs.push(organFor(s, next.value.symbol, agendaItems));
    numbered.push({ series: next.value.series, n: next.value.n });
  }
  // R50: drafts in an L. series are of limited distribution; everything else general unless the chair says otherwise.
  const distribution = c.distribution ?? (series.some((s) => s.organ === 'A' && s.limited) ? 'limited' : 'general');
  return emit(event('document-issued.v1', { ...common, organs, numbered, distribution }));
};
