/** A meeting record as Markdown, laid out like an S/PV verbatim record (or its stand-in), in the record's language. */
import { communique, type MeetingRecord } from './meeting-record.js';
import type { VoteLines } from './proceedings.js';
import { words as wordsIn, type Words } from './lang/index.js';

export interface VoteBlock {
  heading: string;
  method: string;
  lists: [string, string[]][];
  chair: string;
  president: string[];
  explanation: string;
}

/** Lines shared by the Markdown, HTML and PDF renderers: how a vote reads in a record. */
export function voteBlock(v: VoteLines, r: Pick<MeetingRecord, 'lang' | 'body'>): VoteBlock {
  const w = wordsIn(r.lang);
  const lists: [string, string[]][] = v.totalsOnly
    ? []
    : [
        [w.t('list.yes'), v.inFavour],
        [w.t('list.no'), v.against],
        [w.t('list.abstain'), v.abstaining],
        ...(v.notParticipating.length ? [[w.t('list.nonParticipation'), v.notParticipating] as [string, string[]]] : []),
        ...(v.absent.length ? [[w.t('list.absent'), v.absent] as [string, string[]]] : []),
      ];
  const method = r.body === 'security-council' ? w.t('method.show') : v.totalsOnly ? w.t('method.totals') : w.t('method.recorded');
  // Main Committees are presided over by a Chair, the Council and the plenary by a President.
  const chair = r.body === 'ga-third-committee' || r.body === 'ga-main-committee' ? w.t('chair.chair') : w.t('chair.president');
  return { heading: v.question, method, lists, chair, president: [v.result, v.announcement], explanation: v.explanation };
}

/** Names listed under a heading, or the language's "none". */
export const namesOrNone = (names: string[], w: Words) => (names.length ? w.enumerate(names) : w.t('list.none'));

const time = (w: Words, t?: string) => (t ? `${w.clock(t)} ` : '');

export function toMarkdown(r: MeetingRecord): string {
  const w = wordsIn(r.lang);
  const out: string[] = [];
  const title =
    r.kind === 'conveners-summary'
      ? w.t('title.arria', { organ: r.organ })
      : r.kind === 'communique'
        ? w.t('title.communique', { organ: r.organ })
        : r.organ;
  out.push(`${w.t('un')}${r.symbol ? ` — ${r.symbol}` : ''}`, '', `# ${title}`, '', r.heading, '', r.when, '');
  if (r.president) out.push(r.kind === 'conveners-summary' ? r.president : w.t('president', { name: r.president }), '');
  if (r.kind === 'verbatim' || r.kind === 'communique' || r.kind === 'ga-record') {
    if (r.members.length && r.members.length <= 15)
      out.push(w.t('members', { names: w.list(r.members.filter((m) => m.name !== r.president).map((m) => m.name)) }), '');
  }
  out.push(`## ${r.title}`, '');
  for (const n of r.notes) out.push(`> ${n}`, '');
  if (r.kind === 'communique') {
    out.push(communique(r), '');
    return out.join('\n');
  }
  if (r.kind === 'none') return out.join('\n');
  if (r.request) out.push(requestLine(r, w), '');
  if (r.documents.length) out.push(`## ${w.t('documents')}`, '', ...r.documents.map((d) => `- ${d.symbol}: ${d.title}`), '');
  if (r.agenda.length) {
    out.push(`## ${w.t('agenda')}`, '');
    r.agenda.forEach((item, i) => out.push(`${i + 1}. ${item}`));
    out.push('');
  }
  const participants = r.invitations.map((i) => `- ${participantLine(i, w)}`);
  if (participants.length) out.push(`## ${w.t('participants')}`, '', ...participants, '');
  out.push(`## ${w.t('proceedings')}`, '');
  for (const e of r.entries) {
    if (e.kind === 'session') continue;
    if (!e.vote) {
      // A multi-line entry (an adopted text) keeps its lines: hard breaks, indented under the item.
      out.push(`- ${time(w, e.time)}${e.text.replace(/\n/g, '  \n  ')}`);
      continue;
    }
    const b = voteBlock(e.vote, r);
    out.push('', `### ${w.t('vote', { question: b.heading })}`, '', b.method, '');
    for (const [label, names] of b.lists) out.push(`**${w.label(label)}** ${namesOrNone(names, w)}`, '');
    out.push(`*${w.label(b.chair)}* ${b.president.join(r.lang === 'zh' ? '' : ' ')}`, '', `*${w.label(w.t('why'))}* ${b.explanation}`, '');
  }
  out.push('');
  if (r.sources.length) out.push(`## ${w.t('sources')}`, '', ...r.sources.map((s) => `- ${s}`), '');
  return out.join('\n');
}

const ORGAN_KEYS = { 'Security Council': 'organ.security-council', 'General Assembly': 'organ.general-assembly' } as const;

export function requestLine(r: MeetingRecord, w: Words): string {
  const request = r.request!;
  return request.organs.length > 1
    ? w.t('request.joint', {
        display: request.display,
        organs: w.list(request.organs.map((o) => (o in ORGAN_KEYS ? w.t(ORGAN_KEYS[o as keyof typeof ORGAN_KEYS]) : o))),
      })
    : w.t('request', { display: request.display });
}

export function participantLine(i: MeetingRecord['invitations'][number], w: Words): string {
  const status =
    i.status === 'declined'
      ? w.t('participant.declined')
      : i.status === 'invited'
        ? w.t('participant.invited', { rule: i.rule })
        : i.status === 'proposed'
          ? w.t('participant.proposed')
          : w.t('participant.notInvited');
  return i.status === 'declined' ? `${i.name}: ${status}` : `${i.name}${i.title ? `, ${i.title}` : ''}: ${status}`;
}
