/**
 * A document issued in a live session, as a UN document (src/protocol/document.ts) for the
 * HTML and PDF printers: the organs and symbols of its issue, the letter's text as the
 * delegation wrote it, or a draft's title and sponsors as the UN lists them.
 */
import type { OrganIssue, UnDocument } from '../../protocol/document.js';
import { nameOf, type IssuedDocument, type SessionState } from '../../sessions/state.js';

function organIssue(o: IssuedDocument['organs'][number]): OrganIssue {
  if (o.organ === 'security-council') return { organ: 'security-council', year: o.year, symbol: o.symbol };
  return {
    organ: 'general-assembly',
    session: o.session,
    ...(o.committee ? { committee: o.committee } : {}),
    agendaItems: o.agendaItems,
    symbol: o.symbol,
  };
}

/** The issued document `documentId` of the session, or null when none was issued under that id. */
export function sessionDocument(state: SessionState, documentId: string): UnDocument | null {
  const d = state.documents.issued.find((x) => x.documentId === documentId);
  if (!d || !state.session) return null;
  const common = {
    organs: d.organs.map(organIssue),
    distribution: d.distribution,
    date: d.date,
    original: d.original,
    // Issued in a simulation: say where, so a printout is never mistaken for the UN's own.
    sources: [`Issued in the council session "${state.session.title}" (${state.session.date}), the chair acting as the Secretariat.`],
    certainty: 'confirmed' as const,
  };
  const of = d.of;
  if (of.kind === 'draft') {
    const draft = state.drafts.find((x) => x.draftId === of.draftId);
    return {
      ...common,
      kind: 'draft-resolution',
      title: draft?.title ?? d.documentId,
      sponsors: (draft?.sponsors ?? []).map((code) => nameOf(state, code)),
      paragraphs: [],
      annexes: [],
    };
  }
  const c = state.documents.communications.find((x) => x.communicationId === of.communicationId);
  if (!c) return null;
  return {
    ...common,
    kind: c.kind,
    title: c.title,
    sponsors: [],
    paragraphs: c.paragraphs,
    ...(c.signature ? { signature: c.signature } : {}),
    annexes: c.annexes.map((a) => (a.title ? { title: a.title, paragraphs: a.paragraphs } : { paragraphs: a.paragraphs })),
  };
}
