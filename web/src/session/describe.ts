/**
 * One line per event, for the history timeline, in the reader's language. The state
 * passed in is the one *before* the event, so names of invitees are known.
 */
import type { Translate } from '../i18n/types.js';
import type { SessionEvent } from '../../../src/protocol/index.js';
import { BALLOT_LOOK } from '../components/ballotStyle.js';
import { outcomeWords, questionText, verdictText } from './outcome.js';
import { outcomeWord } from '../../../src/rules/index.js';
import { isAssembly, nameOf, type SessionState } from './view.js';

export interface Words {
  t: Translate;
  stateName(code: string, fallback?: string): string;
  list(items: string[]): string;
  /** States in running text; `of` for the form after "veto". */
  states(codes: readonly string[], form?: 'label' | 'text' | 'of'): string;
  /** A title or agenda item council ships, in the reader's language; typed text as entered. */
  known?(text: string): string;
}

export function describeEvent(event: { type: string; data: unknown }, before: SessionState, words: Words): string {
  const { t, stateName, list, states } = words;
  const known = words.known ?? ((text: string) => text);
  const name = (id: string) => stateName(id, nameOf(before, id));
  const names = (ids: readonly string[]) => list(ids.map(name));
  const e = event as SessionEvent;
  switch (e.type) {
    case 'session-created.v1':
      return t('event.created', { title: known(e.data.item ?? e.data.title), date: e.data.date });
    case 'meeting-requested.v1':
      return t('event.requested', { requesters: names(e.data.requesters), symbol: e.data.letter?.symbol ?? '—' });
    case 'support-counted.v1':
      return t('event.supportCounted', { count: e.data.count, required: e.data.required });
    case 'request-withdrawn.v1':
      return t('event.withdrawn');
    case 'meeting-scheduled.v1':
      return t('event.scheduled', { date: e.data.date });
    case 'meeting-opened.v1':
      return t('event.opened');
    case 'agenda-proposed.v1':
      return t('event.agendaProposed', { items: e.data.items.map((i) => known(i.title)).join('; ') });
    case 'agenda-objected.v1':
      return t('event.agendaObjected', { name: name(e.data.by) });
    case 'agenda-decided.v1':
      return e.data.adopted
        ? t(e.data.method === 'vote' ? 'event.agendaAdoptedVote' : 'event.agendaAdoptedNoVote')
        : t('event.agendaNotAdopted');
    case 'summary-statement-updated.v1':
      return t('event.summaryStatement', { item: known(e.data.item) });
    case 'invitation-proposed.v1':
      return t('event.invitationProposed', { rule: e.data.rule, name: stateName(e.data.invitee, e.data.name) });
    case 'invitation-objected.v1':
      return t('event.invitationObjected', { by: name(e.data.by), name: name(e.data.invitee) });
    case 'invitations-decided.v1':
      return t('event.invitationsDecided', { names: e.data.invited.length > 0 ? names(e.data.invited) : '—' });
    case 'invitation-declined.v1':
      return t('event.invitationDeclined', { name: name(e.data.invitee) });
    case 'floor-requested.v1':
      return t('event.floorRequested', { name: name(e.data.speaker) });
    case 'statement-made.v1':
      return t('event.statement', { name: name(e.data.speaker), kind: t(`statement.${e.data.kind}`) });
    case 'draft-submitted.v1':
      return t('event.draftSubmitted', { title: e.data.symbol ?? known(e.data.title) });
    case 'draft-withdrawn.v1':
      return t('event.draftWithdrawn', { title: draftName(before, e.data.draftId) });
    case 'vote-opened.v1':
      return t('event.voteOpened', { question: questionText(e.data, t, known) });
    case 'ballot-cast.v1':
      return t('event.ballotCast', { name: name(e.data.member), ballot: t(BALLOT_LOOK[e.data.ballot]?.word ?? 'ballot.pending') });
    case 'vote-recorded.v1': {
      const assembly = isAssembly(before) ? { majority: e.data.majority ?? 'simple' } : undefined;
      const body = before.session?.body;
      const outcome = outcomeWords(e.data.decision, e.data.matter, t, (codes) => states(codes, 'of'), assembly, body);
      // The reason already names the kind of question; the headline here is the tally alone, in the body's word.
      const verdict = verdictText(e.data.decision, t, body);
      return t('event.voteRecorded', { question: questionText(e.data, t, known), outcome: verdict, reason: outcome.reason });
    }
    case 'draft-decided.v1':
      return t('event.draftDecided', {
        title: draftName(before, e.data.draftId),
        status: t(`draft.status.${draftWord(before, e.data.status)}`),
      });
    case 'webcast-consent-given.v1':
      return t(e.data.consent ? 'event.webcastConsent' : 'event.webcastObjection', { name: name(e.data.member) });
    case 'webcast-decided.v1':
      return e.data.webcast ? t('event.webcastAllowed') : t('event.webcastBlocked', { names: names(e.data.objectors) });
    case 'meeting-suspended.v1':
      return t('event.suspended');
    case 'meeting-resumed.v1':
      return t('event.resumed');
    case 'meeting-adjourned.v1':
      return t('event.adjourned');
    case 'meeting-closed.v1':
      return t('event.closed');
    default:
      return event.type;
  }
}

function draftName(state: SessionState, draftId: string): string {
  const draft = state.drafts.find((d) => d.draftId === draftId);
  return draft?.symbol ?? draft?.title ?? draftId;
}

/** A decided text's status in the body's word: a Main Committee approves or rejects it (src/rules/bodies/profile.ts). */
function draftWord(
  state: SessionState,
  status: 'adopted' | 'not-adopted' | 'lapsed',
): 'adopted' | 'not-adopted' | 'approved' | 'rejected' | 'lapsed' {
  return status === 'lapsed' ? status : outcomeWord(state.session?.body, status);
}
