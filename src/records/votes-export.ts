/**
 * Vote exports. CSV follows the shape of the Dag Hammarskjöld Library's voting data: one
 * row per member per vote, with the member's code, name and vote letter. Columns:
 *
 *   date        YYYY-MM-DD of the meeting
 *   body        security-council | general-assembly | ga-main-committee | human-rights-council | ga-third-committee
 *   meeting     record symbol (S/PV.7353) when the meeting number is known, else empty
 *   document    what was voted: the draft's symbol, or S/Agenda/<meeting> for an agenda vote
 *   resolution  the resolution symbol when one was adopted and recorded (A/RES/69/188)
 *   vote_id     the session's id for the vote
 *   question    the question put, as the chair put it
 *   outcome     adopted | not-adopted (the engine's decision)
 *   ms_code     the member's ISO 3166 alpha-3 code (ISO 3166-3 for dissolved states)
 *   ms_name     the member's official UN short name on that date
 *   ms_vote     Y (yes), N (no), A (abstention), X (did not participate or was absent)
 *
 * The Library's own files leave the vote blank for non-participation; X keeps absence and
 * non-participation visible in a spreadsheet. Votes known only by their totals (GA
 * recorded votes kept as tallies) have no per-member rows; the JSON export carries them.
 * The JSON export also gives each vote's `outcomeWord`, the body's word for the outcome (approved |
 * rejected in a Main Committee, spec R55); the CSV keeps the Library's columns and the engine's enum.
 * Neither export ever includes the session's credentials.
 */
import type { Ballot } from '../rules/types.js';
import type { SessionState } from '../sessions/state.js';
import { replay } from '../sessions/reducer.js';
import { outcomeWord } from '../rules/bodies/profile.js';
import { verbatimRecordSymbol } from './symbols/index.js';
import { explain, type Language } from './explain/index.js';
import { words } from './lang/index.js';
import { announcement } from './announce.js';

export const CSV_COLUMNS = [
  'date',
  'body',
  'meeting',
  'document',
  'resolution',
  'vote_id',
  'question',
  'outcome',
  'ms_code',
  'ms_name',
  'ms_vote',
] as const;

const LETTER: Record<Ballot, 'Y' | 'N' | 'A' | 'X'> = { yes: 'Y', no: 'N', abstain: 'A', 'non-participation': 'X', absent: 'X' };

function csvField(value: string): string {
  // Quote what needs it; a leading = + - @ would make a spreadsheet run a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface ExportedVote {
  voteId: string;
  question: string;
  subject: SessionState['votes'][number]['subject'];
  matter: string;
  majority?: string;
  document: string;
  resolution: string;
  outcome: 'adopted' | 'not-adopted';
  /** The body's word for the outcome: a Main Committee approves or rejects (src/rules/bodies/profile.ts). */
  outcomeWord: 'adopted' | 'not-adopted' | 'approved' | 'rejected';
  reason: string;
  required: number;
  vetoedBy: string[];
  tally: SessionState['votes'][number]['tally'];
  explanation: string;
  /** With `--lang xx`: what a reader sees of the vote in that language (the question, the President's words, the explanation). */
  localized?: { lang: Language; question: string; announcement: string; explanation: string };
  rules: string[];
  ballots: { code: string; name: string; vote: Ballot }[] | null;
}

export interface VotesExport {
  session: { id: string; body: string; format: string; date: string; title: string; meeting: string };
  votes: ExportedVote[];
}

function documentOf(state: SessionState, v: SessionState['votes'][number]): string {
  const s = state.session!;
  if (v.subject.kind === 'agenda') return s.meetingNumber ? `S/Agenda/${s.meetingNumber}` : '';
  if (v.subject.kind === 'draft') {
    const id = v.subject.draftId;
    return state.drafts.find((d) => d.draftId === id)?.symbol ?? '';
  }
  if (v.subject.kind === 'division' || v.subject.kind === 'part') {
    // A motion for division or a part voted separately belongs to the text divided.
    const id = v.subject.divisionId;
    const draftId = state.divisions.find((d) => d.divisionId === id)?.draftId;
    return state.drafts.find((d) => d.draftId === draftId)?.symbol ?? '';
  }
  return '';
}

/** The votes of a session (from its events), in the order taken. */
export function exportVotes(events: readonly { type: string; data: unknown }[], lang?: Language): VotesExport | null {
  const state = replay(events);
  const s = state.session;
  if (!s) return null;
  const meeting =
    s.body === 'security-council' && s.meetingNumber && (s.format === 'public' || s.format === 'private')
      ? verbatimRecordSymbol(s.meetingNumber)
      : '';
  return {
    session: { id: s.sessionId, body: s.body, format: s.format, date: state.scheduledDate ?? s.date, title: s.title, meeting },
    votes: state.votes.map((v) => ({
      voteId: v.voteId,
      question: v.question,
      subject: v.subject,
      matter: v.matter,
      ...(v.majority ? { majority: v.majority } : {}),
      document: documentOf(state, v),
      resolution: v.resolution ?? '',
      outcome: v.decision.outcome,
      outcomeWord: outcomeWord(s.body, v.decision.outcome),
      reason: v.decision.reason,
      required: v.decision.required,
      vetoedBy: v.decision.vetoedBy,
      tally: v.tally,
      explanation: v.decision.explanation,
      ...(lang ? { localized: localized(state, v, lang) } : {}),
      rules: v.decision.rules,
      ballots: v.ballots ? s.members.map((m) => ({ code: m.code, name: m.name, vote: v.ballots![m.code] ?? 'absent' })) : null,
    })),
  };
}

/** A vote as a reader of `lang` sees it: the question, the President's announcement and the explanation, from structure. */
function localized(state: SessionState, v: SessionState['votes'][number], lang: Language): NonNullable<ExportedVote['localized']> {
  const w = words(lang);
  const body = state.session!.body;
  const draft = v.subject.kind === 'draft' ? state.drafts.find((d) => d.draftId === (v.subject as { draftId: string }).draftId) : undefined;
  const matter = v.matter === 'procedural' || v.matter === 'non-procedural' ? v.matter : null;
  return {
    lang,
    question: w.known(v.question),
    announcement: announcement(v, body, draft, w),
    explanation: explain({ decision: v.decision, matter, body, ...(v.majority ? { majority: v.majority } : {}) }, lang).sentence,
  };
}

export function votesToCsv(x: VotesExport): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const v of x.votes) {
    for (const b of v.ballots ?? []) {
      rows.push(
        [
          x.session.date,
          x.session.body,
          x.session.meeting,
          v.document,
          v.resolution,
          v.voteId,
          v.question,
          v.outcome,
          b.code,
          b.name,
          LETTER[b.vote],
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}
