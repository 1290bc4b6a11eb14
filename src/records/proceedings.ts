/**
 * A session's events as proceedings: time-ordered plain sentences, the way a record or a
 * replay reads them. Names are resolved against the state as it stood at each event.
 */
import type { Ballot } from '../rules/types.js';
import type { EventOf, SessionEvent, VoteRecorded } from '../sessions/events.js';
import { isCaucusMotion } from '../rules/practice/caucus.js';
import { reduce, initialState, type SessionState } from '../sessions/reducer.js';
import { nameOf } from '../sessions/state.js';
import { announcement, resultOfVoting } from './announce.js';
import { officialName } from '../sessions/data-adapter.js';
import { explain } from './explain/index.js';
import { publicSource } from './public-source.js';
import { organName } from './meeting-record.js';
import { words as wordsIn, type Language, type Words } from './lang/index.js';

/** A participant's name: as the session knows it, else the state's official name on the date. */
export function displayName(state: SessionState, id: string): string {
  const known = nameOf(state, id);
  return known === id && /^[A-Z]{3}$/.test(id) && state.session ? officialName(id, state.session.date) : known;
}

export type EntryKind =
  | 'session'
  | 'request'
  | 'procedure'
  | 'agenda'
  | 'invitation'
  | 'statement'
  | 'vote'
  | 'ballot'
  | 'webcast'
  | 'text';

/** How a vote reads in a record: names under each heading, then the President's words. */
export interface VoteLines {
  voteId: string;
  question: string;
  inFavour: string[];
  against: string[];
  abstaining: string[];
  notParticipating: string[];
  absent: string[];
  /** True when only totals are known (a GA recorded vote kept by its tally). */
  totalsOnly: boolean;
  result: string;
  announcement: string;
  /** The engine's explanation, rendered from the decision's structure in the record's language. */
  explanation: string;
  resolution?: string;
}

export interface Entry {
  time?: string;
  kind: EntryKind;
  text: string;
  source?: string;
  vote?: VoteLines;
}

export interface ProceedingsOptions {
  /** Include each ballot as it was cast (replays); records show only the result. */
  ballots?: boolean;
  /** The record's language (default English). */
  lang?: Language;
}

const BALLOT_KEY: Record<Ballot, string> = {
  yes: 'yes',
  no: 'no',
  abstain: 'abstain',
  'non-participation': 'nonParticipation',
  absent: 'absent',
};

export function voteLines(state: SessionState, v: VoteRecorded, w: Words = wordsIn('en')): VoteLines {
  const label = (code: string, name: string) => w.state(code, 'label', name);
  const by = (b: Ballot) =>
    v.ballots ? state.session!.members.filter((m) => v.ballots![m.code] === b).map((m) => label(m.code, m.name)) : [];
  const draft = v.subject.kind === 'draft' ? state.drafts.find((d) => d.draftId === (v.subject as { draftId: string }).draftId) : undefined;
  const body = state.session!.body;
  // One path for every language, English included: the sentence from the decision's structure.
  const explanation = explain(
    {
      decision: v.decision,
      matter: v.matter === 'procedural' || v.matter === 'non-procedural' ? v.matter : null,
      body,
      ...(v.majority ? { majority: v.majority } : {}),
    },
    w.lang,
  ).sentence;
  return {
    voteId: v.voteId,
    question: w.known(v.question),
    inFavour: by('yes'),
    against: by('no'),
    abstaining: by('abstain'),
    notParticipating: by('non-participation'),
    absent: by('absent'),
    totalsOnly: !v.ballots,
    result: resultOfVoting(v, w),
    announcement: announcement(v, body, draft, w),
    explanation,
    ...(v.resolution ? { resolution: v.resolution } : {}),
  };
}

function describe(
  before: SessionState,
  after: SessionState,
  e: SessionEvent,
  options: ProceedingsOptions,
  w: Words,
): Omit<Entry, 'time' | 'source'> | null {
  const t = w.t;
  const shown = (id: string) => displayName(after, id);
  // A state in running text ("the Russian Federation", "la Fédération de Russie"), at a sentence's start, after "of".
  const inline = (id: string) => w.state(id, 'text', shown(id));
  const name = (id: string) => w.capitalise(inline(id));
  const of = (id: string) => w.state(id, 'of', shown(id));
  const names = (ids: readonly string[]) => w.capitalise(w.states(ids, 'text', shown));
  const ofNames = (ids: readonly string[]) => w.states(ids, 'of', shown);
  const who = (id: string) => ({ Name: name(id), name: inline(id), ofName: of(id) });
  // A list inside a sentence: English keeps its capitalised form; the others run in lower case ("la France, l’Italie").
  const listIn = (ids: readonly string[]) => (w.lang === 'en' ? names(ids) : w.states(ids, 'text', shown));
  switch (e.type) {
    case 'session-created.v1': {
      const d = e.data;
      const organ = d.body === 'general-assembly' ? t('organ.plenary') : organName(d, w);
      const format = d.body === 'security-council' ? t(`format.${d.format}`) : t('format.meeting');
      const chair = d.format === 'arria' && d.conveners ? 'convened' : d.president ? 'president' : 'none';
      return {
        kind: 'session',
        text: t('e.session', {
          organ,
          format,
          date: w.longDate(d.date),
          title: w.known(d.title),
          chair,
          names: d.conveners ? listIn(d.conveners) : '',
          name: d.president ? name(d.president) : '',
        }),
      };
    }
    case 'meeting-requested.v1': {
      const d = e.data;
      return {
        kind: 'request',
        text: t('e.requested', {
          hasLetter: d.letter ? 'yes' : 'no',
          hasDate: d.letter?.date ? 'yes' : 'no',
          letterDate: d.letter?.date ? w.longDate(d.letter.date) : '',
          symbols: d.letter ? `${d.letter.gaSymbol ? `${d.letter.gaSymbol}\u2013` : ''}${d.letter.symbol}` : '',
          Names: names(d.requesters),
          names: w.states(d.requesters, 'text', shown),
          ofNames: ofNames(d.requesters),
          count: d.requesters.length,
          rule: d.basis === 'rule-2' ? 2 : 3,
          urgent: d.urgency === 'urgent' ? 'yes' : 'no',
        }),
      };
    }
    case 'support-counted.v1': {
      const d = e.data;
      return {
        kind: 'request',
        text: t('e.supportCounted', {
          count: d.count,
          required: d.required,
          winnable: d.winnable ? 'yes' : 'no',
          hasNames: d.supporters ? 'yes' : 'no',
          names: d.supporters ? listIn(d.supporters) : '',
          hasNote: d.note ? 'yes' : 'no',
          note: d.note ?? '',
        }),
      };
    }
    case 'request-withdrawn.v1': {
      const by = typeof e.data.by === 'string' && e.data.by.length === 3 ? e.data.by : null;
      return {
        kind: 'request',
        text: t('e.withdrawn', {
          hasBy: by ? 'yes' : 'no',
          ...(by ? who(by) : { name: '', ofName: '', Name: '' }),
          hasReason: e.data.reason ? 'yes' : 'no',
          reason: e.data.reason ?? '',
        }),
      };
    }
    case 'meeting-scheduled.v1': {
      const by = e.data.by !== 'chair' ? e.data.by : null;
      return {
        kind: 'procedure',
        text: t('e.scheduled', { hasBy: by ? 'yes' : 'no', name: by ? inline(by) : '', date: w.longDate(e.data.date) }),
      };
    }
    case 'meeting-opened.v1':
      return { kind: 'procedure', text: t('e.opened') };
    case 'agenda-proposed.v1':
      return {
        kind: 'agenda',
        text: t('e.agendaProposed', {
          items: e.data.items
            .map(
              (it, i) =>
                `${i + 2}. ${w.known(it.title)}${it.subItem ? ` (${it.subItem})` : ''}${it.documents?.length ? ` [${it.documents.join(', ')}]` : ''}.`,
            )
            .join(' '),
        }),
      };
    case 'agenda-objected.v1':
      return { kind: 'agenda', text: t('e.agendaObjected', who(e.data.by)) };
    case 'agenda-decided.v1':
      if (e.data.method === 'without-vote') return { kind: 'agenda', text: t('e.agendaWithoutVote') };
      return { kind: 'agenda', text: t(e.data.adopted ? 'e.agendaAdopted' : 'e.agendaNotAdopted') };
    case 'summary-statement-updated.v1':
      return {
        kind: 'agenda',
        text: e.data.added
          ? t('e.summaryAdded', { item: w.known(e.data.item) })
          : t('e.summaryRemains', { item: w.known(e.data.item), date: w.longDate(e.data.lastFormalConsideration) }),
      };
    case 'invitation-proposed.v1':
      return {
        kind: 'invitation',
        text: t('e.invitationProposed', {
          invitee: w.lang !== 'en' && /^[A-Z]{3}$/.test(e.data.invitee) ? w.state(e.data.invitee, 'text', e.data.name) : e.data.name,
          hasTitle: e.data.title ? 'yes' : 'no',
          title: e.data.title ? w.known(e.data.title) : '',
          rule: e.data.rule,
        }),
      };
    case 'invitation-objected.v1':
      return { kind: 'invitation', text: t('e.invitationObjected', { ...who(e.data.by), invitee: inline(e.data.invitee) }) };
    case 'invitations-decided.v1': {
      const parts = [];
      if (e.data.invited.length) parts.push(t('e.invited', { names: listIn(e.data.invited), count: e.data.invited.length }));
      if (e.data.notInvited.length) parts.push(t('e.notInvited', { names: listIn(e.data.notInvited), count: e.data.notInvited.length }));
      return {
        kind: 'invitation',
        text: t('e.invitationsDecided', { parts: parts.join('; '), withoutVote: e.data.method === 'without-vote' ? 'yes' : 'no' }),
      };
    }
    case 'invitation-declined.v1':
      return {
        kind: 'invitation',
        text: t('e.invitationDeclined', { ...who(e.data.invitee), hasNote: e.data.note ? 'yes' : 'no', note: e.data.note ?? '' }),
      };
    case 'floor-requested.v1':
      return { kind: 'statement', text: t('e.floorRequested', who(e.data.speaker)) };
    case 'statement-made.v1': {
      const speaker = name(e.data.speaker);
      const inv = after.invitations.find((i) => i.invitee === e.data.speaker);
      const kind = {
        statement: 'statement',
        briefing: 'briefing',
        'explanation-before-vote': 'before',
        'explanation-after-vote': 'after',
        'national-capacity': 'national',
      }[e.data.kind];
      return {
        kind: 'statement',
        text: t('e.statement', {
          speaker: inv?.title ? `${speaker} (${w.known(inv.title)})` : speaker,
          kind,
          hasSummary: e.data.summary ? 'yes' : 'no',
          summary: e.data.summary ?? '',
        }),
      };
    }
    case 'draft-submitted.v1': {
      const d = e.data;
      const params = {
        label: d.symbol ? `${w.known(d.title)} (${d.symbol})` : w.known(d.title),
        hasSponsors: d.sponsors.length ? 'yes' : 'no',
        names: listIn(d.sponsors),
        ofNames: ofNames(d.sponsors),
      };
      return { kind: 'procedure', text: t(d.amends ? 'e.amendmentSubmitted' : 'e.draftSubmitted', params) };
    }
    case 'draft-withdrawn.v1':
      return { kind: 'procedure', text: t('e.draftWithdrawn', { id: e.data.draftId }) };
    case 'draft-decided.v1': {
      // The vote entry already says the outcome; an adopted text with paragraphs is printed as adopted (amendments applied).
      const d = after.drafts.find((x) => x.draftId === e.data.draftId);
      if (e.data.status !== 'adopted' || !d || d.amends !== undefined || (!d.preambular?.length && !d.operative?.length)) return null;
      return { kind: 'procedure', text: adoptedText(d, w) };
    }
    case 'division-requested.v1': {
      const parts = w.list(e.data.parts.map((p) => t('e.part', { kind: p.part, n: p.index + 1 })));
      const by =
        e.data.by === 'chair' ? { Name: t('e.thePresident'), name: t('e.thePresident'), ofName: t('e.thePresident') } : who(e.data.by);
      return { kind: 'procedure', text: t('e.divisionRequested', { ...by, parts, rule: publicSource(e.data.rule) }) };
    }
    case 'division-objected.v1':
      return {
        kind: 'procedure',
        text: t('e.divisionObjected', { ...who(e.data.by), effect: e.data.effect, rule: publicSource(e.data.rule) }),
      };
    case 'division-decided.v1':
      return { kind: 'procedure', text: t('e.divisionDecided', { outcome: e.data.outcome, rule: publicSource(e.data.rule) }) };
    case 'part-decided.v1': {
      const division = before.divisions.find((d) => d.divisionId === e.data.divisionId);
      const at = division?.parts.findIndex((p) => p.part === e.data.part.part && p.index === e.data.part.index) ?? -1;
      return {
        kind: 'procedure',
        text: t('e.partDecided', {
          part: t('e.part', { kind: e.data.part.part, n: e.data.part.index + 1 }),
          retained: e.data.retained ? 'yes' : 'no',
          wording: at >= 0 ? (division?.wording[at] ?? '') : '',
        }),
      };
    }
    case 'division-completed.v1':
      return {
        kind: 'procedure',
        text: t('e.divisionCompleted', {
          outcome: e.data.outcome === 'rejected-as-whole' ? 'rejected' : 'whole',
          rule: publicSource(e.data.rule),
        }),
      };
    case 'motion-moved.v1': {
      const d = e.data;
      if (isCaucusMotion(d.motion))
        return { kind: 'procedure', text: caucusMoved(d, d.by === 'chair' ? t('e.thePresident') : name(d.by), w) };
      return {
        kind: 'procedure',
        text: t('e.motionMoved', {
          who: d.by === 'chair' ? t('e.thePresident') : name(d.by),
          motion: d.motion.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
          hasDetail: d.detail ? 'yes' : 'no',
          detail: d.detail ?? '',
        }),
      };
    }
    // Model UN caucuses (practice: Model UN): durations as m:ss, the same in every language.
    case 'caucus-started.v1':
      return { kind: 'procedure', text: t('e.caucusStarted', { kind: e.data.kind, total: duration(e.data.totalSeconds) }) };
    case 'caucus-extended.v1':
      return { kind: 'procedure', text: t('e.caucusExtended', { total: duration(e.data.seconds) }) };
    case 'caucus-ended.v1':
      return { kind: 'procedure', text: t('e.caucusEnded', { total: duration(e.data.elapsedSeconds) }) };
    case 'motion-decided.v1':
      return e.data.status === 'lapsed' ? { kind: 'procedure', text: t('e.motionLapsed', { id: e.data.motionId }) } : null;
    case 'vote-opened.v1':
      return { kind: 'vote', text: t('e.voteOpened', { question: w.known(e.data.question) }) };
    case 'ballot-cast.v1':
      return options.ballots ? { kind: 'ballot', text: t('e.ballot', { ...who(e.data.member), ballot: BALLOT_KEY[e.data.ballot] }) } : null;
    case 'vote-recorded.v1': {
      const lines = voteLines(after, e.data, w);
      return {
        kind: 'vote',
        text: t('e.voteRecorded', { question: w.known(e.data.question), result: lines.result, announcement: lines.announcement }),
        vote: lines,
      };
    }
    case 'webcast-consent-given.v1':
      return { kind: 'webcast', text: t('e.webcastConsent', { ...who(e.data.member), consent: e.data.consent ? 'yes' : 'no' }) };
    case 'webcast-decided.v1':
      return {
        kind: 'webcast',
        text: e.data.webcast
          ? t('e.webcastAllowed')
          : t('e.webcastBlocked', {
              hasObjectors: e.data.objectors.length ? 'yes' : 'no',
              names: listIn(e.data.objectors),
              ofNames: ofNames(e.data.objectors),
            }),
      };
    case 'meeting-suspended.v1':
      return { kind: 'procedure', text: t('e.suspended') };
    case 'meeting-resumed.v1':
      return { kind: 'procedure', text: t('e.resumed') };
    case 'meeting-adjourned.v1':
      return { kind: 'procedure', text: t('e.adjourned') };
    case 'meeting-closed.v1':
      return { kind: 'procedure', text: t(before.phase === 'adjourned' ? 'e.closed' : 'e.rose') };
    case 'communication-submitted.v1': {
      const d = e.data;
      const organs = [
        ...(d.circulation.assembly
          ? [
              t('e.circulation.assembly', {
                count: d.circulation.assembly.agendaItems.length,
                items: w.list(d.circulation.assembly.agendaItems.map((i) => String(i.number))),
              }),
            ]
          : []),
        ...(d.circulation.council ? [t('e.circulation.council')] : []),
      ];
      return {
        kind: 'text',
        text: t('e.communicationSubmitted', {
          ...who(d.from),
          to: d.addressee === 'secretary-general' ? 'sg' : 'president',
          title: d.title,
          organs: w.list(organs),
        }),
      };
    }
    case 'document-issued.v1': {
      const d = e.data;
      const issued = after.documents.issued.find((x) => x.documentId === d.documentId)!;
      const what =
        d.of.kind === 'communication'
          ? (after.documents.communications.find((c) => c.communicationId === (d.of as { communicationId: string }).communicationId)
              ?.title ?? t('e.aCommunication'))
          : (after.drafts.find((x) => x.draftId === (d.of as { draftId: string }).draftId)?.title ?? t('e.aDraft'));
      return { kind: 'text', text: t('e.documentIssued', { symbol: issued.symbol, modifier: d.modifies?.modifier ?? 'none', what }) };
    }
    default:
      return null;
  }
}

/** A caucus's time as the record prints it: "10:00", "0:45". */
const duration = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** A Model UN caucus motion as moved, with its times and topic (practice: Model UN). */
function caucusMoved(d: EventOf<'motion-moved.v1'>['data'], who: string, w: Words): string {
  const kind = d.motion === 'moderated-caucus' ? 'moderated' : d.motion === 'unmoderated-caucus' ? 'unmoderated' : 'extend';
  return w.t('e.caucusMoved', {
    who,
    kind,
    total: duration(kind === 'extend' ? (d.seconds ?? 0) : (d.totalSeconds ?? 0)),
    each: duration(d.speakingSeconds ?? 0),
    hasTopic: d.topic ? 'yes' : 'no',
    topic: d.topic ?? '',
  });
}

/** The text as adopted: title, preambular paragraphs, numbered operative paragraphs. */
export function adoptedText(
  d: { title: string; symbol?: string; preambular?: string[]; operative?: string[] },
  w: Words = wordsIn('en'),
): string {
  const lines = [w.t('text.adopted', { hasSymbol: d.symbol ? 'yes' : 'no', symbol: d.symbol ?? '', title: w.known(d.title) })];
  for (const p of d.preambular ?? []) lines.push(p);
  (d.operative ?? []).forEach((p, i) => lines.push(`${i + 1}. ${p}`));
  return lines.join('\n');
}

/** Every event as an entry, in order (events the reducer ignores are skipped). */
export function proceedings(
  events: readonly { type: string; data: unknown }[],
  options: ProceedingsOptions = {},
): { entries: Entry[]; state: SessionState } {
  let state = initialState;
  const entries: Entry[] = [];
  const w = wordsIn(options.lang ?? 'en');
  for (const raw of events) {
    const next = reduce(state, raw);
    if (next !== state || raw.type === 'meeting-closed.v1') {
      const e = raw as SessionEvent;
      const entry = describe(state, next, e, options, w);
      if (entry) {
        const stamp = e.data as { time?: string; source?: string };
        entries.push({ ...entry, ...(stamp.time ? { time: stamp.time } : {}), ...(stamp.source ? { source: stamp.source } : {}) });
      }
    }
    state = next;
  }
  return { entries, state };
}
