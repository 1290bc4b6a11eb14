/** A meeting record as Markdown, laid out like an S/PV verbatim record (or its stand-in). */
import { clock, joinList } from './format.js';
import { communique, type MeetingRecord } from './meeting-record.js';
import type { VoteLines } from './proceedings.js';

/** Lines shared by the Markdown and HTML renderers: how a vote reads in a record. */
export function voteBlock(v: VoteLines, body: string): { heading: string; method: string; lists: [string, string[]][]; chair: string; president: string[]; explanation: string } {
  const lists: [string, string[]][] = v.totalsOnly
    ? []
    : [
        ['In favour', v.inFavour],
        ['Against', v.against],
        ['Abstaining', v.abstaining],
        ...(v.notParticipating.length ? [['Did not participate in the vote', v.notParticipating] as [string, string[]]] : []),
        ...(v.absent.length ? [['Absent', v.absent] as [string, string[]]] : []),
      ];
  const method = body === 'Security Council' ? 'A vote was taken by show of hands.' : v.totalsOnly ? 'A recorded vote was taken (totals only in this record).' : 'A recorded vote was taken.';
  // Main Committees are presided over by a Chair, the Council and the plenary by a President.
  const chair = body.includes('Committee') ? 'The Chair' : 'The President';
  return { heading: v.question, method, lists, chair, president: [v.result, v.announcement], explanation: v.explanation };
}

const time = (t?: string) => (t ? `${clock(t)} ` : '');

export function toMarkdown(r: MeetingRecord): string {
  const out: string[] = [];
  const title = r.kind === 'conveners-summary' ? `${r.organ} members: Arria-formula meeting (not an official record)` : r.kind === 'communique' ? `${r.organ}: communiqué` : r.organ;
  out.push(`United Nations${r.symbol ? ` — ${r.symbol}` : ''}`, '', `# ${title}`, '', r.heading, '', r.when, '');
  if (r.president) out.push(`${r.kind === 'conveners-summary' ? '' : 'President: '}${r.president}`, '');
  if (r.kind === 'verbatim' || r.kind === 'communique' || r.kind === 'ga-record') {
    if (r.members.length && r.members.length <= 15) out.push(`Members: ${joinList(r.members.filter((m) => m.name !== r.president).map((m) => m.name))}`, '');
  }
  out.push(`## ${r.title}`, '');
  for (const n of r.notes) out.push(`> ${n}`, '');
  if (r.kind === 'communique') {
    out.push(communique(r), '');
    return out.join('\n');
  }
  if (r.kind === 'none') return out.join('\n');
  if (r.request) {
    const organs = r.request.organs.length > 1 ? ` (a document of the ${joinList(r.request.organs)})` : '';
    out.push(`Request: letter ${r.request.display}${organs}`, '');
  }
  if (r.documents.length) out.push('## Documents', '', ...r.documents.map((d) => `- ${d.symbol}: ${d.title}`), '');
  if (r.agenda.length) {
    out.push('## Agenda', '');
    r.agenda.forEach((item, i) => out.push(`${i + 1}. ${item}`));
    out.push('');
  }
  const participants = r.invitations.map((i) =>
    i.status === 'declined' ? `- ${i.name}: declined to participate` : `- ${i.name}${i.title ? `, ${i.title}` : ''}: ${i.status === 'invited' ? `invited under ${i.rule === 'special' ? 'a special invitation' : `rule ${i.rule}`}` : i.status}`,
  );
  if (participants.length) out.push('## Participants', '', ...participants, '');
  out.push('## Proceedings', '');
  for (const e of r.entries) {
    if (e.kind === 'session') continue;
    if (!e.vote) {
      out.push(`- ${time(e.time)}${e.text}`);
      continue;
    }
    const b = voteBlock(e.vote, r.organ);
    out.push('', `### Vote: ${b.heading}`, '', b.method, '');
    for (const [label, names] of b.lists) out.push(`**${label}:** ${names.length ? names.join(', ') : 'none'}`, '');
    out.push(`*${b.chair}:* ${b.president.join(' ')}`, '', `*Why (council engine):* ${b.explanation}`, '');
  }
  out.push('');
  if (r.sources.length) out.push('## Sources', '', ...r.sources.map((s) => `- ${s}`), '');
  return out.join('\n');
}
